"""Speaker rules: cues the parser hangs as participles, partial quotes under verbs that
are not speech verbs. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_participle_cue_after_a_verbless_subject_names_that_subject(nlp, quote_extractor):
    # The parser finds no finite verb, so "posted" hangs on "minister" as a participle.
    text = (
        '"We will not accept this outcome. Are the talks over for now?" the foreign minister, '
        "Kenji Sato, posted Friday after the summit in Lima."
    )
    assert speaker_of(nlp, quote_extractor, text, "Are the talks") in ("Kenji Sato", "the foreign minister")


def test_finite_tweet_cue_keeps_its_subject(nlp, quote_extractor):
    text = (
        '"Is the council going to finally act on the harbour? If it does not it should resign!" '
        "the opposition leader, Maria Okafor, tweeted Monday after a storm on the coast."
    )
    assert speaker_of(nlp, quote_extractor, text, "finally act") == "Maria Okafor"


def test_possessive_of_a_remark_noun_owns_the_quote(nlp, quote_extractor):
    text = (
        "The former envoy, a party veteran, stirred anger last month with her remark that "
        '"no border deal will survive another winter of this."'
    )
    assert speaker_of(nlp, quote_extractor, text, "no border deal") == "her"


def test_possessive_of_a_noun_taking_of_owns_the_quote(nlp, quote_extractor):
    text = 'The mayor drew cheers for his rejection of "a politics of fear and waiting" at the rally in Leeds.'
    assert speaker_of(nlp, quote_extractor, text, "politics of fear") == "his"


def test_possessive_inside_the_quoted_phrase_is_not_the_speaker(nlp, quote_extractor):
    text = 'The governor praised her "long experience in trade talks and careful judgement" in a letter on Monday.'
    assert speaker_of(nlp, quote_extractor, text, "long experience") == "The governor"
