"""Speaker rules once the cue is known: who speaks for a cue the parser left without a
subject of its own. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_participle_on_an_object_speaks_for_the_subject_that_made_it(nlp, quote_extractor):
    # The ads say what their makers say; the governor named before them is no speaker.
    text = (
        "Within days the farmers union had phoned Governor Lyle Brandt, hired lawyers "
        'and placed radio ads calling the levy "a tax on bread."'
    )
    assert speaker_of(nlp, quote_extractor, text, "a tax on bread") == "the farmers union"


def test_participle_on_a_published_letter_speaks_for_its_publisher(nlp, quote_extractor):
    text = 'After the vote, the council met Mayor Ana Ruiz and published a letter saying the plan was "dead on arrival."'
    assert speaker_of(nlp, quote_extractor, text, "dead on arrival") == "the council"


def test_participle_conjoined_to_a_reported_clause_belongs_to_the_reporter(nlp, quote_extractor):
    # "questioning" cannot be a conjunct of the finite "is": it adds a deed to "telling".
    text = (
        'She escalated her criticism on Monday, telling reporters that Hale is a "faker" and '
        'questioning how he has "gotten away with not paying his workers."'
    )
    assert speaker_of(nlp, quote_extractor, text, "gotten away") == "She"


def test_participle_after_and_inside_a_reported_clause_belongs_to_the_reporter(nlp, quote_extractor):
    text = (
        'He renewed his attack on Thursday, telling NPR that Moreno is a "fraud" and '
        'questioning how she has "kept her seat for a decade."'
    )
    assert speaker_of(nlp, quote_extractor, text, "kept her seat") == "He"


def test_infinitive_hung_on_a_thing_speaks_for_the_clause_subject(nlp, quote_extractor):
    # "to say" tells why the professor turned to the study; a study says nothing here.
    text = (
        "The professor turned to an old study to say that voters choosing a party often ask "
        '"whether the candidate shares their values."'
    )
    assert speaker_of(nlp, quote_extractor, text, "shares their values") == "The professor"


def test_relative_that_is_the_local_speaker_of_a_sign(nlp, quote_extractor):
    # Like "who" and "which", PolNeAR marks the relative pronoun of the clause that speaks.
    text = 'Outside the hall, supporters waved banners that read "No more tolls!"'
    assert speaker_of(nlp, quote_extractor, text, "No more tolls") == "that"
