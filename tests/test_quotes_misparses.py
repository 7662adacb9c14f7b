"""Speakers the parser misreads: a name read as a modal, a role read as a verb, an age read as a
date, a past tense read as a participle. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import quotes, speaker_of

from communique.mentions.quote_cues import CueFinder
from communique.mentions.quote_lexicon import SpeechVerbs


def test_name_read_as_a_modal_before_a_speech_verb_speaks(nlp, quote_extractor):
    text = '"The ceasefire has held for a week and the corridors are open again," Will wrote in his column.'
    assert speaker_of(nlp, quote_extractor, text, "corridors are open") == "Will"


def test_name_that_is_also_a_month_speaks(nlp, quote_extractor):
    text = '"Both delegations left the room before the vote was taken," May said.'
    assert speaker_of(nlp, quote_extractor, text, "Both delegations") == "May"


def test_role_word_before_a_name_and_speech_verb_is_part_of_the_speaker(nlp, quote_extractor):
    text = '"We expect the pipeline talks to resume after the holidays," trade envoy Rosa Delgado wrote on Twitter.'
    assert speaker_of(nlp, quote_extractor, text, "pipeline talks") == "trade envoy Rosa Delgado"


def test_person_named_by_age_asks_the_question(nlp, quote_extractor):
    text = '"Why should our farmers pay for a dispute they did not start?" the 52-year-old asked in a radio interview.'
    assert speaker_of(nlp, quote_extractor, text, "our farmers") == "the 52-year-old"


def test_person_named_by_age_after_said_speaks(nlp, quote_extractor):
    text = '"Our embassy stays open and our staff stay at their posts," said the 61-year-old.'
    assert "61-year-old" in (speaker_of(nlp, quote_extractor, text, "embassy stays open") or "")


def test_naming_verb_with_an_object_before_the_quote_is_active(nlp, quote_extractor):
    text = 'One senator called Minister Haas "the architect of a failed blockade" during the hearing.'
    assert speaker_of(nlp, quote_extractor, text, "failed blockade") == "One senator"


def test_name_given_to_a_thing_is_nobodys_quote(nlp, quote_extractor):
    text = 'The treaty created a body called the "Joint Water Commission" to settle disputes.'
    assert quotes(nlp, quote_extractor, text) == []


def test_passive_participle_after_a_quote_names_no_new_speaker(nlp, quote_extractor):
    text = (
        'Negotiators walked out over "sunset clause" measures added by the Senate to an unrelated bill, '
        "and the talks were suspended until the spring."
    )
    found = [q for q in quotes(nlp, quote_extractor, text) if "sunset clause" in q.text]
    assert all(q.speaker_span is None or q.speaker_span.text != "measures" for q in found)


def test_new_sentence_that_continues_after_its_verb_is_not_the_attribution(nlp, quote_extractor):
    text = (
        'Attorney General Ines Moreau argued that "trust in the border police is broken." '
        "Senator Paul Weir said Wednesday he, too, wants an inquiry into the shooting."
    )
    assert speaker_of(nlp, quote_extractor, text, "border police") == "Attorney General Ines Moreau"


def test_infinitive_after_a_partial_quote_is_not_its_cue(nlp, quote_extractor):
    text = (
        'Ramil Osei, 31, a local teacher, said the summit was the "perfect opportunity" to call attention '
        "to the drought."
    )
    assert speaker_of(nlp, quote_extractor, text, "perfect opportunity") == "Ramil Osei"


def test_sentence_on_the_next_line_is_not_the_attribution(nlp):
    text = (
        '"Grain prices have been a regional problem for years and it is time that the ministers meet."\n'
        "Minister Tomas Greer criticized the plan."
    )
    close = text.index('"\n') + 1
    assert CueFinder(SpeechVerbs.load()).after(nlp(text), close, len(text)) is None
