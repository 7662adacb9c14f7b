"""Speaker rules: people against things as the subject a cue climbs to.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_of

from communique.errors import ResourceError
from communique.mentions.quote_people import PersonNouns


def test_participle_after_a_clause_with_a_person_subject_is_that_persons(nlp, quote_extractor):
    text = (
        "The first clash came during a rally at the University of Kent at Canterbury, when union "
        'protesters interrupted his remarks, shouting "we pay, you profit!"'
    )
    assert speaker_of(nlp, quote_extractor, text, "we pay") == "union protesters"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            (
                "It was a pointed two-part rebuke from the most senior diplomats in the Labour Party, "
                'as Mrs. Okafor echoed the complaint, saying the plan "leaves the coast with nothing."'
            ),
            "leaves the coast",
            "Mrs. Okafor",
        ),
        (
            (
                "This was a rare joint rebuke by the two most prominent mayors in the region, as Mr. "
                'Lindqvist echoed the warning, saying the port "cannot survive another winter."'
            ),
            "cannot survive",
            "Mr. Lindqvist",
        ),
    ],
)
def test_participle_on_an_empty_pronoun_clause_is_the_subordinate_subjects(nlp, quote_extractor, text, quoted, speaker):
    assert speaker_of(nlp, quote_extractor, text, quoted) == speaker


def test_person_subject_of_the_clause_above_a_thing_speaks(nlp, quote_extractor):
    text = 'He mailed a fundraising letter as the budget committee meeting began vowing to "fight for every harbour" in the last vote.'
    assert speaker_of(nlp, quote_extractor, text, "fight for every harbour") == "He"


def test_person_noun_subject_keeps_the_participle(nlp, quote_extractor):
    text = 'The retired surgeon, who had treated the minister, spoke at length, saying "he was never ill."'
    assert speaker_of(nlp, quote_extractor, text, "he was never ill") == "The retired surgeon"


def test_person_nouns_tell_people_and_texts_from_things():
    nouns = PersonNouns.load()
    assert nouns.names_people("spokeswoman") and nouns.names_people("committee")
    assert nouns.may_speak("report") and not nouns.names_people("report")
    assert not nouns.may_speak("incident")


def test_person_nouns_reject_an_unknown_kind():
    with pytest.raises(ResourceError, match="person_nouns.tsv:2"):
        PersonNouns.parse("noun\tkind\nchair\tfurniture\n")


def test_pronoun_cue_in_the_content_of_a_noun_reports_for_the_outer_name(nlp, quote_extractor):
    text = 'Okafor dismissed rumours she was planning to describe the treaty as "a betrayal of the coast."'
    assert speaker_of(nlp, quote_extractor, text, "a betrayal") == "Okafor"


def test_pronoun_cue_in_a_relative_clause_keeps_the_pronoun(nlp, quote_extractor):
    text = 'Okafor attacked the treaty, which she described as "a betrayal of the coast."'
    assert speaker_of(nlp, quote_extractor, text, "a betrayal") == "she"


def test_participle_climbed_to_a_clause_with_two_subjects_takes_the_one_before_it(nlp, quote_extractor):
    text = (
        "Harbour Minister Ana Lindqvist, despite admitting that she had her worries about \"ships "
        'running aground" and rising "insurance costs" that could hurt, the fishermen "do need a new '
        'pier" and she does think the council agrees.'
    )
    assert speaker_of(nlp, quote_extractor, text, "ships running aground") == "Harbour Minister Ana Lindqvist"


def test_fronted_participle_keeps_the_subject_after_it(nlp, quote_extractor):
    text = 'In calling the minister\'s plan "a gift to smugglers," the retired admiral again showed his temper.'
    assert speaker_of(nlp, quote_extractor, text, "a gift to smugglers") == "the retired admiral"


def test_bare_participle_read_as_a_clause_is_passive_and_its_agent_speaks(nlp, quote_extractor):
    text = (
        "While the ministry has faced criticism for the long review of the events around the harbour "
        'collapse — often described as a "political show trial" by Greens — it seems likely Lindqvist is right.'
    )
    assert speaker_of(nlp, quote_extractor, text, "political show trial") == "Greens"
