"""Whose age a figure is, on real sentences (a road toll, a protest, Pinochet's indictment)."""
from __future__ import annotations

import pytest

from newsfigures.extract.aged import age_word, age_word_before, aged_person


@pytest.mark.parametrize("text,number,expected", [
    ("A 16-year-old boy, who was a passenger in the car, remains in hospital.", "16", "boy"),
    ("Elizabeth Nadeau, a 27-year-old student, was quoted.", "27", "Elizabeth Nadeau"),
    # a definite noun phrase speaks of someone named elsewhere (wn2004_099: Pinochet, sentences before): nobody here
    ("The 89-year-old retired general has been at his home recovering from a stroke.", "89", ""),
    # a definite description of a person whom a full name named before: that person (lee bg_257, Harrison)
    ("Hundreds of fans stood vigil for the immersion of George Harrison's ashes. The Beatles' former lead guitarist "
     "died on Thursday of cancer, aged 58.", "58", "George Harrison"),
    ("Fans in Liverpool remembered George Harrison. They carried pictures of the guitar hero, who died of cancer at "
     "age 58.", "58", "George Harrison"),
    # the person named as a subject, before one named nearer in another role (lee2 bg_191, Thorpe's award) ...
    ("Ian Thorpe has emulated Kieren Perkins feat by being named swimmer of the year. The champion 19-year-old "
     "dominated the world championships.", "19", "Ian Thorpe"),
    # ... a subject named by surname alone standing for the full name it shortens (lee bg_274, Harrison's vigil)
    ("A vigil was held for George Harrison. \"He shaped a generation,\" Lord Mayor Gerry Scott said. Harrison was "
     "honoured by pictures of the guitar hero, who died of cancer at age 58.", "58", "George Harrison"),
    # ...but not when a person possesses the description: a relative is someone else (review, stop 21)
    ("John Smith, 23, was stabbed outside a bar. The victim's mother, aged 58, said he had no enemies.", "58", ""),
    ("George Harrison died in Los Angeles. Harrison's son, aged 24, was at his side.", "24", ""),
    ("Police named the dead man as Peter Falconio. His father, who is aged 62, flew to Darwin.", "62", ""),
    # nobody named before: nobody's
    ("The Beatles' former lead guitarist died on Thursday of cancer, aged 58.", "58", ""),
    # a name of one word is no full name (the small model tags "Benares" a person)
    ("Fans gathered in Benares. The former guitarist died on Thursday of cancer, aged 58.", "58", ""),
    # an indefinite noun brings in someone new (lee bg_178)
    ("George Harrison spoke. A boy aged 13 was taken to hospital.", "13", "boy"),
])
def test_aged_person_the_age_describes(nlp, text, number, expected):
    """The person the age stands beside, the one an indefinite noun brings in, or the one named in full before a
    definite description of a person."""
    doc = nlp(text)
    assert aged_person(next(t for t in doc if t.text == number)) == expected


@pytest.mark.parametrize("text,surface,subject", [
    ("Hundreds of fans stood vigil for the immersion of George Harrison's ashes. The Beatles' former lead guitarist "
     "died on Thursday of cancer, aged 58, amid chants.", "58", "George Harrison"),
    ("Two of the woman's three children, a boy aged 13 and a 10-year-old girl, have typhoid.", "13", "boy"),
])
def test_aged_an_age_after_age_or_aged_is_measured_as_one(nlp, text, surface, subject):
    """An age written "aged 58" or "at age 65" is a figure, counts an age in years, states it (no event of its own:
    "aged" is no act) and belongs to its person (lee bg_257, bg_178)."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    art = Article(id="t", text=text, raw_text=text, published="2001-12-03", source_file="t.txt")
    fig = next(f for f in extract_figures(art, nlp) if f.text == surface)
    assert (fig.measure.quantity, fig.measure.dimension, fig.measure.event, fig.measure.subject) == (
        "age", "duration", "measured", subject)


@pytest.mark.parametrize("text,word,expected", [
    ("The average worker retiring at age 65 would get less.", "age", True),
    ("Two of the woman's three children, a boy aged 13 and a girl, have typhoid.", "aged", True),
    ("The government will lift the retirement age 67 by 2030.", "age", True),  # an age, if nobody's
    ("Age 65 is the pension threshold.", "Age", True),  # capitalised only by the sentence
    # the end of an era's name says nothing of how old anyone is
    ("Tools from the Stone Age 10,000 years ago were found in the cave.", "Age", False),
    ("Glaciers of the last Ice Age 20,000 years ago shaped the valley.", "Age", False),
    # a title-case headline capitalises every word: no era is named "Aged", none after a function word
    ("Boy Aged 13 Charged Over Fatal Crash", "Aged", True),
    ("Pensioners At Age 65 Get Extra $300", "Age", True),
])
def test_aged_age_word(nlp, text, word, expected):
    doc = nlp(text)
    assert age_word(next(t for t in doc if t.text == word)) is expected


def test_aged_an_era_is_no_age(nlp):
    """ "the Stone Age 10,000 years ago" is a time, not an age of 10,000 years."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    text = "Tools from the Stone Age 10,000 years ago were found in the cave."
    art = Article(id="t", text=text, raw_text=text, published="2001-12-03", source_file="t.txt")
    assert all(f.measure.quantity != "age" for f in extract_figures(art, nlp))


@pytest.mark.parametrize("text,number,expected", [
    ("Two men, aged 19 and 21, were charged.", "19", True),
    ("Two men, aged 19 and 21, were charged.", "21", True),         # the last number of the list
    ("The girls, aged 12, 14 and 15, were rescued.", "14", True),   # a middle one
    ("At age 65, 12 people retired early.", "12", False),           # a comma alone is no list
    ("Three boys and 12 girls were hurt.", "12", False),
])
def test_aged_age_word_before_a_number_or_its_list(nlp, text, number, expected):
    doc = nlp(text)
    assert age_word_before(doc, next(t.i for t in doc if t.text == number)) is expected
