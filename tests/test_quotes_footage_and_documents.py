"""Speaker rules: people shown speaking in footage, documents two clauses away.
Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_person_shown_in_footage_speaks_not_the_ad(nlp, quote_extractor):
    text = 'The ad uses footage of Olaf Scholz asking, "Why should we wait another year?"'
    assert speaker_of(nlp, quote_extractor, text, "wait another year") == "Olaf Scholz"


def test_medium_before_a_participle_cue_does_not_speak(nlp, quote_extractor):
    text = 'The senator took to Twitter saying, "This vote is a disgrace to the chamber."'
    assert speaker_of(nlp, quote_extractor, text, "disgrace to the chamber") == "The senator"


def test_clip_of_a_name_is_that_names_words(nlp, quote_extractor):
    text = 'The spot shows a clip of Justin Trudeau saying, "We will not be lectured on trade."'
    assert speaker_of(nlp, quote_extractor, text, "lectured on trade") == "Justin Trudeau"


def test_recording_of_a_name_released_by_a_campaign_is_the_names(nlp, quote_extractor):
    text = 'The campaign released a recording of Marine Le Pen saying that the euro was "a knife in the back of the people."'
    assert speaker_of(nlp, quote_extractor, text, "a knife in the back") == "Marine Le Pen"


def test_according_to_a_speech_a_name_delivered_gives_the_name(nlp, quote_extractor):
    text = (
        "According to a speech Mrs. Ardern delivered in Auckland last year, the plan was meant to "
        '"bring every family into the fold."'
    )
    assert speaker_of(nlp, quote_extractor, text, "bring every family") == "Mrs. Ardern"


def test_possessive_pronoun_is_not_the_nearest_speaker(nlp, quote_extractor):
    text = 'When Mr. Haddad tried to defend his remarks calling the junta "legitimate" when it crushed the protests, Ms. Okafor objected.'
    assert speaker_of(nlp, quote_extractor, text, "legitimate") == "Mr. Haddad"
