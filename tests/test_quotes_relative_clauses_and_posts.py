"""Speaker rules: relative clauses that frame quoted words, tweets and posts, documents.
Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import quotes, speaker_of

from communique.mentions.quote_tree import clause_verb


def test_quote_framed_inside_a_relative_clause_is_spoken_by_who(nlp, quote_extractor):
    text = 'Lund, who has long positioned himself as the "voice of the fishing towns," opposed the treaty in March.'
    assert speaker_of(nlp, quote_extractor, text, "voice of the fishing towns") == "who"


def test_relative_clause_on_an_object_frames_its_quote(nlp, quote_extractor):
    text = 'Okafor contrasted that with the envoy, who is trying to bring "everyone to the table before winter."'
    assert speaker_of(nlp, quote_extractor, text, "everyone to the table") == "who"


def test_copular_relative_clause_describing_with_quoted_words_frames_nothing(nlp, quote_extractor):
    text = 'He warned about smugglers who are "dangerous, dangerous criminals."'
    assert speaker_of(nlp, quote_extractor, text, "dangerous criminals") == "He"


def test_relative_clause_on_a_quoted_word_does_not_speak(nlp, quote_extractor):
    text = 'The governor called the mayor a "liar" who was not "honorable."'
    assert speaker_of(nlp, quote_extractor, text, "liar") == "The governor"


def test_one_word_quote_opening_a_sentence_with_its_cue_is_kept(nlp, quote_extractor):
    text = '"Nonsense," wrote a fisheries official who runs the ministry account. "What does Lund know about boats?"'
    assert speaker_of(nlp, quote_extractor, text, "Nonsense") == "a fisheries official"


def test_one_word_title_in_marks_is_still_not_a_quote(nlp, quote_extractor):
    text = 'The ministry aired a spot titled "Harbour," which ran for a week.'
    assert not [q for q in quotes(nlp, quote_extractor, text) if "Harbour" in q.text]


def test_verb_of_a_relative_clause_in_an_appositive_is_not_a_clause_of_its_own(nlp):
    doc = nlp("Anna Lund, the pollster who has founded a think tank, tweeted on Wednesday.")
    verbs = {t.text: clause_verb(t) for t in doc if t.pos_ in ("VERB", "AUX")}
    assert verbs["founded"] is False and verbs["has"] is False and verbs["tweeted"] is True
