"""Quotations and the speakers their tags name, on passages of real news (Lee corpus dev items of three stories)."""
from __future__ import annotations

import pytest

from newsfigures.extract import quotes
from newsfigures.extract.quotes import Quote

CRICKET = ('Warne says Australia is well placed to win. "I was very happy with our position in the match, 10 wickets '
           'in hand and 70 runs ahead on a pitch that\'s deteriorating. I think I\'d much rather be in our shoes than '
           'theirs," he said. But he says Australia will need to bat well today. "South Africa can come out and bowl '
           'us out for 150 and suddenly they\'re chasing 200, or we can make 200 to 250 and they need 300. It\'s '
           'going to be a great last two days."')
NAURU = ('Mr Downer inspected the Nauru camps and says they are are practical and efficient. "I had a good look at '
         'the sanitation, the ablution blocks and thought they were pretty good," he said. "The asylum seekers have '
         'various things to do. There are volleyball facilities and soccer facilities. "Television is available, '
         'they can see 21 different channels on TV. "The catering is good, there are three meals a day provided."')


def test_quotes_in_reads_closed_and_broken_off_quotations():
    qs = quotes.quotes_in(NAURU, 0, len(NAURU))
    assert [q.closed for q in qs] == [True, False, False, True]
    assert NAURU[qs[2].start:qs[2].end].startswith('"Television') and qs[1].end == qs[2].start


@pytest.mark.parametrize("text,inside", [
    ("He called it “a disaster” and said 40 homes burned.", "a disaster"),
    ('The minister said "we lost 12 people" on Sunday.', "we lost 12"),
])
def test_quotes_in_curly_and_straight_marks(text, inside):
    (q,) = quotes.quotes_in(text, 0, len(text))
    assert q.closed and inside in text[q.start:q.end]


def test_quotes_in_long_unclosed_quotation_ends_with_its_first_sentence():
    text = ('"We still have far to go. In New York, crews worked. Pipers played. A tree was lit. The 184 victims '
            'were named.')
    (q,) = quotes.quotes_in(text, 0, len(text))
    assert text[q.start:q.end].strip() == '"We still have far to go.' and q.closed


def test_quotes_in_abbreviation_periods_are_not_sentence_ends():
    """Sentences are counted by the article's one splitter (windows.sentences), which knows "Mr." and "Dr." do
    not end a sentence: a one-sentence quotation full of them is not cut as a long unclosed one."""
    text = '"Mr. Smith, Dr. Jones and Gen. Cosgrove met at St. Kilda and agreed on 40 jobs'
    (q,) = quotes.quotes_in(text, 0, len(text))
    assert q.start < text.index("40 jobs") < q.end and not q.closed


def test_quotes_tag_before_reads_the_whole_sentence_past_an_abbreviation():
    text = 'Mr Ruddock told Sen. Bartlett the camp was full. "We have 1,500 people there."'
    chain = quotes.quoted_chain(text, text.index("1,500"))
    assert quotes.tag_before(text, chain) == "Mr Ruddock"


@pytest.mark.parametrize("text,number,speaker", [
    (CRICKET, "70 runs", "he"),  # the tag after a quotation of two sentences
    (CRICKET, "200 to 250", "he"),  # no tag after: the sentence that brings it in
    (NAURU, "21 different", "he"),  # broken off twice: the tag of the quotation before
    ('"Todd is the best doubles player," said Guy Forget. "We lost 2-0 at home."', "2-0", "Guy Forget"),
    ('Mr Bush said: "We have 3,000 troops there."', "3,000", "Mr Bush"),
    # a name ends before a sentence's period; a title or an initial keeps its own (review30)
    ('"We lost 12 trucks," said Sen. John Smith. The company disagreed.', "12", "Sen. John Smith"),
    ('"It cost $5 million," said John F. Kennedy.', "$5 million", "John F. Kennedy"),
    ('But Rafter says he felt fine. "We were down 2-0," he said.', "2-0", "he"),
    # a name set off by commas (Lee bg_172; bg_287 "A spokesman for the commission, John Dickie, says")
    ('The institute\'s Statistics Unit director, professor Helena Britt, says the findings have grave implications. '
     '"There seems to be a shift of 1 per cent going up."', "1 per cent", "Helena Britt"),
])
def test_quotes_tag_names_the_speaker(text, number, speaker):
    chain = quotes.quoted_chain(text, text.index(number))
    assert (quotes.tag_after(text, chain) or quotes.tag_before(text, chain)) == speaker


@pytest.mark.parametrize("text,number,speaker", [
    ('"The fire spread very fast," the fire chief said. "We have found 14 bodies so far."', "14", "the fire chief"),
    ('"It is bad," a spokesman for the army told reporters. "We lost 12 soldiers."', "12", "a spokesman for the army"),
    ('"We lost 12 soldiers," a spokesman for the army said.', "12", "a spokesman for the army"),
    ('"Sales rose. We sold 4 million phones," the company said in a statement.', "4 million", "the company"),
    # the verb first, the description after it, up to a mark, a clause or a time (GUIDE A1: the quotation it closes,
    # and the next one it brings in)
    ('"There were 45 men below," said a union official. "Nine walked out."', "Nine", "a union official"),
    ('"We found 14 of them. The rest are lost," said a U.S. official. "It is grim."', "14", "a U.S. official"),
    ('"Prices rose 8 percent," said a spokesman for the ministry, who asked not to be named.', "8 percent",
     "a spokesman for the ministry"),
    ('"We lost 12 soldiers," said one officer on Monday.', "12", "one officer"),
    # ... a paragraph's end, a weekday without "on", and past a title's period ("Mr.", "Sen.")
    ('"There were 45 men below. Nine walked out," said a union official.\n\nThe company declined to comment.', "45",
     "a union official"),
    ('"We lost 12 soldiers. Three are missing," said a spokesman Sunday. The army declined to comment.', "12",
     "a spokesman"),
    ('"We found 14 of them. The rest are lost," said the party\'s leader Mr. Brown. "It is grim."', "14",
     "the party's leader Mr. Brown"),
    # a description set off from the name by commas: the name
    ('"We have reached 14 of the men. Six are below," the mine\'s manager, Peter Hall, told reporters.', "14",
     "Peter Hall"),
    # a bare plural subject of the tag, with a plural's present (stop 40, GUIDE A1)
    ('"We arrested 12 men. Three were charged," police said.', "12", "police"),
    ('"Sales rose 4 percent. We are happy," local retailers told AFP.', "4 percent", "local retailers"),
    ('"We lost 12 soldiers. Another 30 are wounded," officials say.', "12", "officials"),
    # a description that brings the quotation in, written whole (stop 40, GUIDE A1)
    ('The mayor said: "We opened 12 shelters. About 900 people slept there."', "About 900", "The mayor"),
    ('On Monday, a spokesman for the army said: "We lost 12 men. Another 30 are hurt."', "30",
     "a spokesman for the army"),
    ('But the minister says the plan works. "We saved $40 million."', "$40 million", "the minister"),
])
def test_quotes_tag_describing_the_speaker_names_them(text, number, speaker):
    """GUIDE A1: a tag that describes its speaker ("the fire chief said") covers the quotation it closes and the one
    that continues it after the tag, as a tag that names one does."""
    chain = quotes.quoted_chain(text, text.index(number))
    assert (quotes.tag_after(text, chain) or quotes.tag_before(text, chain)) == speaker


@pytest.mark.parametrize("text,number", [
    ('Warne says 10 wickets fell. "It was great," he said.', "10 wickets"),  # not quoted
    ('The officials called it "a 40-minute ordeal" on Monday.', "40-minute"),  # quoted, nobody's tag
    # the body a person is from, set off by commas, is not the speaker (Lee bg_033, bg_048)
    ('Mark Sullivan, from the Rural Fire Service, says the outlook is poor. "We have 40 fires burning."', "40 fires"),
    # a pronoun or a conjunction is no bare speaker (stop 40)
    ('"We lost 12 men. It was bad," it said.', "12"),
    ('"We lost 12 men. It was bad," and then he left.', "12"),
])
def test_quotes_unquoted_or_untagged_number_has_no_speaker(text, number):
    chain = quotes.quoted_chain(text, text.index(number))
    assert not chain or (quotes.tag_after(text, chain) or quotes.tag_before(text, chain)) == ""


def test_quotes_chain_stops_at_a_closed_quotation():
    assert quotes.quoted_chain(NAURU, NAURU.index("pretty good")) == (Quote(NAURU.index('"I had'),
                                                                            NAURU.index(" he said") , True),)


def test_quotes_chain_in_a_paragraph_longer_than_the_reach():
    """A hostile file's one-line paragraph: only the stretch near the figure is read, and it still reads."""
    text = "Filler words here. " * 20000 + 'Mr Bush said: "We have 3,000 troops there." ' + "More filler. " * 20000
    chain = quotes.quoted_chain(text, text.index("3,000"))
    assert len(chain) == 1 and quotes.tag_before(text, chain) == "Mr Bush"


@pytest.mark.parametrize("text,number", [
    # a scare quote ends its sentence: the next sentence's "X says" is no tag of it (review, stop 18)
    ('Critics called it a "$5 million giveaway". Treasurer Peter Costello says it is fair.', "$5 million"),
    ('He called the plan "a 10-year mess." Mr Howard said on Monday that it would pass.', "10-year"),
])
def test_quotes_tag_never_reaches_past_a_sentence_end(text, number):
    chain = quotes.quoted_chain(text, text.index(number))
    assert quotes.tag_after(text, chain) == ""
