"""Speaker rules: phrasal reporting verbs and other cues the parse hides. Sentences written
for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_verb_with_particle_back_cues_the_quote_after_it(nlp, quote_extractor):
    text = (
        '"The talks stalled because your side walked out," the envoy said. '
        '"We walked out because you moved the border posts," Minister Okafor shot back with a smile.'
    )
    assert speaker_of(nlp, quote_extractor, text, "moved the border posts") == "Minister Okafor"


def test_verb_with_particle_back_cues_the_quote_after_a_colon(nlp, quote_extractor):
    text = (
        "When Ambassador Lund suggested the port deal was dead, Senator Ruiz fired back: "
        '"If they walk away from the port, they walk away from the loans."'
    )
    assert speaker_of(nlp, quote_extractor, text, "walk away from the port") == "Senator Ruiz"


def test_name_whose_aside_closes_with_a_comma_calls_the_object_a_quoted_name(nlp, quote_extractor):
    text = 'Mayor Okonjo, speaking on local radio, called Governor Hale a "reckless gambler," and hung up.'
    assert speaker_of(nlp, quote_extractor, text, "reckless gambler") == "Mayor Okonjo"


def test_sentence_of_its_own_ending_in_a_colon_names_its_subject(nlp, quote_extractor):
    text = (
        '"Shut the border crossings tonight," said Colonel Amara Diallo, head of the border guard. '
        'Minister Petrov resisted:  "The border stays open to every lawful traveller."'
    )
    assert speaker_of(nlp, quote_extractor, text, "lawful traveller") == "Minister Petrov"


def test_name_between_a_dash_and_a_colon_labels_the_quote(nlp, quote_extractor):
    text = 'Analysts agree - Nadia Farouk: "The sanctions will bite hardest on the smaller exporters."'
    assert speaker_of(nlp, quote_extractor, text, "smaller exporters") == "Nadia Farouk"


def test_cue_opened_by_to_which_is_a_clause_of_its_own(nlp, quote_extractor):
    text = (
        "She said that the inspectors had found the plant safe, to which Senator Haddad "
        'interjected: "That report was written before the second leak."'
    )
    assert speaker_of(nlp, quote_extractor, text, "second leak") == "Senator Haddad"


def test_according_to_a_document_filed_by_a_name_gives_the_name(nlp, quote_extractor):
    text = (
        '"The evidence cannot support a charge of smuggling," according to a court filing '
        "submitted by prosecutor Lena Varga."
    )
    assert speaker_of(nlp, quote_extractor, text, "charge of smuggling") == "prosecutor Lena Varga"


def test_according_to_a_named_outlet_keeps_the_outlet(nlp, quote_extractor):
    text = '"The convoy turned back at the river," according to Radio Meridian.'
    assert speaker_of(nlp, quote_extractor, text, "convoy turned back") == "Radio Meridian"


def test_relative_clause_on_the_quoted_words_is_not_their_attribution(nlp, quote_extractor):
    text = (
        "Senator Mbeki dismissed the missing funds, calling them a \"clerical slip\" that was "
        "reported in a newspaper by rival aides."
    )
    assert speaker_of(nlp, quote_extractor, text, "clerical slip") == "Senator Mbeki"


def test_went_on_after_a_quote_cues_it(nlp, quote_extractor):
    text = (
        'Minister Sato spoke first. "The talks are over for this year," Ambassador Lee said. '
        '"We will return in the spring with a new mandate," she went on.'
    )
    assert speaker_of(nlp, quote_extractor, text, "new mandate") == "she"


def test_cut_in_after_a_quote_cues_it(nlp, quote_extractor):
    text = (
        '"Tell the delegation we are ready," Deputy Mora said, and her aide cut in. '
        '"Only after the vote on the budget."'
    )
    assert speaker_of(nlp, quote_extractor, text, "vote on the budget") == "her aide"
