"""The word the text uses for a figure's event (extract/wording.py; GUIDE revision 2, E1 and E2), on sentences in
the style of the dev cricket and tennis reports (wn2004_040, cricket_aus_sa_2001, cricket_aus_nz_2001,
davis_cup_final_2001)."""
from __future__ import annotations

import pytest

from newsfigures.extract.sport import result_class
from newsfigures.extract.wording import governing_lemma, result_word


@pytest.mark.parametrize("text,surface,expected", [
    ("The visitors will resume at 3 for 112 after rain cut the second day short.", "3", "resume"),
    ("The visitors will resume at 3 for 112 after rain cut the second day short.", "112", "resume"),
    ("England declared its first innings at 8 for 402 shortly after tea.", "402", "declare"),
    ("Vaughan was caught and bowled by Kumble for 45.", "45", "catch"),  # of coordinated verbs, the first
    ("Trescothick looked settled, but was dismissed for 12 soon after.", "12", "dismiss"),  # his own verb
    ("Set 310 for victory and starting the day at 1 for 40, the visitors collapsed.", "1", "start"),
    ("The visitors declared at 6 for 280, an overall lead of 402.", "402", ""),  # an apposition: no verb
])
def test_wording_governing_verb(read, text, surface, expected):
    assert governing_lemma(read(text, surface).num) == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The home side is now 2-1 in the best of five series.", "1", "be"),  # a scoreline: both sides, one verb
    ("The tie was levelled at 2-2 after the reverse singles.", "2", "level"),
    ("India has beaten England by 113 runs in the second Test.", "113", None),  # a margin keeps its class
])
def test_wording_result_word(read, text, surface, expected):
    r = read(text, surface)
    assert result_word(r.num, result_class(r.num, r.mention.text)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The visitors will resume at 3 for 112 after rain cut the second day short.", "3", "other:resume"),
    ("Thorpe was out for 27 after lunch, caught at slip.", "27", "measured"),  # a verb of state (E1)
    ("Hussain was stumped for 61 in the final session.", "61", "other:stump"),
    ("The home side is now 2-1 in the best of five series.", "2", "measured"),
    ("The tie was levelled at 2-2 after the reverse singles.", "2", "other:level"),
    ("Chasing 290 for victory, England finished at 6 for 255.", "290", "other:chase"),
    ("India has beaten England by 113 runs in the second Test.", "113", "won"),
])
def test_wording_score_event_is_the_text_word(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface", [
    ("Hewitt beat Kafelnikov 6-3 in the first set.", "3"),
    ("The home side won the series 2-1 on Sunday.", "2"),
])
def test_wording_a_result_verb_keeps_the_result(measures, text, surface):
    assert measures(text)[surface].event == "won"


@pytest.mark.parametrize("text,surface,expected", [
    # a penalty handed over takes the verb that hands it over, not "sentence"/"fine" (E2; interlaken_canyoning_trial
    # bg_161, bg_168, bg_281; bg_169; wn2004_032)
    ("The magistrate said Carter will receive no more than nine months.", "no more than nine months", "other:receive"),
    ("Two of the officers were given suspended jail sentences of up to six months.", "up to six months", "other:give"),
    ("Each director received four months and a fine of 3,000 francs.", "3,000 francs", "other:receive"),
    ("If convicted, the three managers face a two year jail sentence.", "two year", "other:face"),
    # "found ... guilty" is find, no conviction (E2: never a paraphrase)
    ("A military court has found 12 soldiers guilty of looting.", "12", "other:find"),
    # an event noun the number stands on takes the verb whose object it is ...
    ("The striker received a 3 match ban for the tackle.", "3", "other:receive"),
    # ... a figure in its "of" phrase, or no verb, the noun itself
    ("The appeals court upheld her indictment of four counts of fraud.", "four", "other:indictment"),
    ("After more than 30 years of military service, the general retired.", "more than 30 years", "other:service"),
    # a time that sizes an act noun names that act, whatever verb takes it (cor_028, bg_203)
    ("The government will lift a five-year ban on the party.", "five-year", "other:ban"),
])
def test_wording_penalties_and_event_nouns_take_the_text_word(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
