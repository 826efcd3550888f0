"""Sport results and cricket scores (extract/sport.py) on real sentences of dev documents: Wikinews wn2004_040
(Australia v New Zealand) and the Lee batch's cricket_aus_sa_2001 and davis_cup_final_2001 threads."""
from __future__ import annotations

import pytest

from newsfigures.extract.sport import result_class



@pytest.mark.parametrize("text,surface,expected", [
    ("He eventually misjudged a spin delivery from Daniel Vettori and was stumped for 68.", "68", "run"),
    ("Damien Martyn briefly stepped in, but was cheaply dismissed for 7, only to be replaced by Darren Lehmann, "
     "who is not out on 28.", "28", "run"),
    ("Damien Martyn briefly stepped in, but was cheaply dismissed for 7, only to be replaced by Darren Lehmann, "
     "who is not out on 28.", "7", "run"),
    ("Gibbs was out for 9 after chipping Glenn McGrath to Justin Langer at short leg.", "9", "run"),
    ("Hayden scored 131 before he was bowled by Kallis, attempting to lift the run rate.", "131", "run"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "0", "wicket"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "3", "run"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "68", "run"),
    ("The Proteas will resume at three for 89 after day one was badly affected by rain with only 40 overs "
     "possible.", "three", "wicket"),
    ("Set 375 for victory and starting the day at 2 for 17, the task was made much harder, caught at first slip "
     "by Shane Warne from the bowling of Glenn McGrath.", "375", "run"),
    # no word of the game, but a side's wickets for its runs (cricket_aus_nz_2001 bg_258, bg_275)
    ("Set 440 to win, Australia finished the match at 7 for 381 with Adam Gilchrist not out 83.", "440", "run"),
    ("Set 440 to win, Australia finished the match at 7 for 381 with Adam Gilchrist not out 83.", "7", "wicket"),
    ("Set 440 to win, Australia finished the match at 7 for 381 with Adam Gilchrist not out 83.", "83", "run"),
    ("Australia will resume at 2 for 69 after being set 440 to win.", "2", "wicket"),
    ("Australia will resume at 2 for 69 after being set 440 to win.", "440", "run"),
    # a batsman's score beside a duck: the sentence is cricket (bg_275, bg_118)
    ("Damien Martyn is on 45 and Darren Lehmann 12 after Justin Langer was dismissed for a duck.", "45", "run"),
    # wickets for runs after a verb of scoring (bg_191)
    ("The South Africans scored 5 for 390 in their second innings in the match against Western Australia in "
     "Perth.", "5", "wicket"),
    ("The South Africans scored 5 for 390 in their second innings in the match against Western Australia in "
     "Perth.", "390", "run"),
])
def test_sport_bare_scores_are_runs_or_wickets(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a number on its noun is counted as usual, in a cricket sentence too
    ("The Proteas will resume at three for 89 after day one was badly affected by rain with only 40 overs "
     "possible.", "40", "over"),
    ("Glenn McGrath and Shane Warne each took three wickets, while Jason Gillespie and Brett Lee picked up two "
     "apiece.", "three", "wicket"),
    # no cricket word and no batsman out: a bare "for" number is no score
    ("The shop was sold for 300 after the owner left.", "300", ""),
    # a number on its own noun right after a verb of scoring counts that noun
    ("Ponting bowled two overs and made 3 catches at slip.", "3", "catch"),
])
def test_sport_other_numbers_keep_their_reading(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


def test_sport_a_scoreline_is_a_total(measures):
    """ "declaring its second innings at 7 for 309": the side's score, no batch of runs."""
    got = {k: (m.quantity, m.scope) for k, m in measures("An impressive century to Matthew Hayden helped Australia build a big lead, the home side "
                          "declaring its second innings at 7 for 309, an overall lead of 374.").items()}
    assert got["7"] == ("wicket", "total") and got["309"] == ("run", "total") and got["374"] == ("run", "total")


@pytest.mark.parametrize("text,surface,expected", [
    # scorelines (cricket_aus_sa_2001 bg_118; davis_cup_final_2001 bg_299)
    ("Australia is now 1-0 in the best of three series.", "1", "won"),
    ("Australia is now 1-0 in the best of three series.", "0", "won"),
    ("He said the team would back me up even if we were down 2-0.", "2", "won"),
    # a side's wickets, then its runs (cricket_aus_sa_2001 bg_132, bg_047)
    ("The home side declared its second innings at 7 for 309, an overall lead of 374.", "7", "other:lose"),
    ("The home side declared its second innings at 7 for 309, an overall lead of 374.", "309", "other:score"),
    ("Play will resume at three for 89 this morning.", "three", "other:lose"),
    ("The South Africans scored 5 for 390 in their second innings.", "5", "other:lose"),
    # a batsman's runs after his dismissal (wn2004_040; cricket_aus_sa_2001 bg_132)
    ("He was beaten by a spinning delivery from Daniel Vettori and was stumped for 68.", "68", "other:score"),
    ("Langer is currently not out on 144.", "144", "other:score"),
    ("Gibbs was out for 9 after chipping Glenn McGrath to mid-on.", "9", "other:score"),
    # a winning margin (cricket_aus_sa_2001 bg_118; davis_cup_final_2001 bg_283)
    ("Australia has beaten South Africa by 246 runs in the first Test at the Adelaide Oval.", "246", "won"),
    ("Nicholas Escude defeated Wayne Arthurs in four sets in the deciding rubber.", "four", "won"),
])
def test_sport_reads_a_sport_result(read, text, surface, expected):
    r = read(text, surface)
    assert result_class(r.num, r.mention.text) == expected


@pytest.mark.parametrize("text,surface", [
    ("The player was out for 9 weeks with a knee injury.", "9"),  # a number that counts a thing of its own
    ("About 10-15 people were at the meeting.", "10-15"),  # a range, no scoreline
    ("Police beat 3 protesters in the square.", "3"),  # beaten people are no margin
    ("The vote was 7 for the motion.", "7"),  # no "at"/"be" before a wickets-for-runs pair
    ("Sales rose 5% to $20 million.", "5%"),  # not a bare number
])
def test_sport_leaves_other_figures_alone(read, text, surface):
    r = read(text, surface)
    assert result_class(r.num, r.mention.text) == ""


@pytest.mark.parametrize("text,surface,expected", [
    # a series' scoreline counts the contests the article names it by, in any sentence (cricket_aus_sa_2001 bg_118,
    # cricket_aus_nz_2001 bg_258: Tests; davis_cup_final_2001 bg_299: rubbers)
    ("New Zealand lead the series 1-0 after two days of rain in Hobart. The second Test starts in Perth on Friday.",
     "1", "test"),
    ("France and Australia are level at 1-1 after the opening singles rubbers of the Davis Cup final in Melbourne.",
     "1", "rubber"),
    # ... and so does the size of the series
    ("India must win the last two matches of the best of five series. The fourth Test begins in Chennai on "
     "Thursday.", "five", "test"),
])
def test_sport_series_scoreline_counts_its_contests(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface", [
    # an article that names no contest of a series, or a "Test" only opening a sentence, where any word is a capital
    ("Test cricket returned to Lahore as Pakistan beat England 2-0.", "0"),
    ("The home side were 2-0 down at half-time before a late rally.", "2"),
    # a contest word that modifies the word after it is no contest: rubber the material, a test ban
    ("Riot police fired rubber bullets at fans. The home side were 2-0 down at half-time before a late rally.", "2"),
    ("The Supreme Court ruled 5-4 that the law was valid. Critics called the court a rubber stamp.", "5"),
    ("The Security Council voted 14-0 to back the Comprehensive Nuclear Test Ban Treaty.", "14"),
])
def test_sport_scoreline_without_named_contests_is_unchanged(measures, text, surface):
    assert measures(text)[surface].quantity not in ("test", "rubber")


@pytest.mark.parametrize("text,surface,expected", [
    # the batsman dismissed, named in full as written before, not the bowler or fielder (wn2004_040, bg_132)
    ("Openers Justin Langer and Matthew Hayden got off to a flying start. Hayden was later caught and bowled by Paul "
     "Wiseman for 70.", "70", "Matthew Hayden"),
    ("Openers Graeme Smith and Herschelle Gibbs started well. Smith was caught at slip by Ricky Ponting for 34.",
     "34", "Graeme Smith"),
    # a pronoun is the person it stands for, never the word "He" (nor, unread, the fielder)
    ("Matthew Hayden made a century. He was caught by Mark Boucher for 104 in the second innings.", "104",
     "Matthew Hayden"),
    ("Gary Kirsten batted well. He was bowled by Shane Warne for 9 in the second innings.", "9", "Gary Kirsten"),
    # stop 56: an active dismissal's object, not the bowler who is its subject (Lee bg_037 outside the gold, the
    # South African tour; invented rows of other tours)
    ("South Africa resumed on 3 for 89. Waugh removed Boucher for 43, caught by Bichel.", "43", "Boucher"),
    ("Bichel continued his good day in the field, running out Claude Henderson for 5 with a direct-hit.", "5",
     "Claude Henderson"),
    ("The tourists were all out. Vettori dismissed Gilchrist for 12 in the afternoon session.", "12", "Gilchrist"),
    ("England batted first. McGrath bowled Atherton for 4 in the third over.", "4", "Atherton"),
])
def test_sport_a_batsmans_score_is_the_dismissed_batsmans(measures, text, surface, expected):
    assert measures(text)[surface].subject == expected


@pytest.fixture
def counted(nlp):
    """counted(text) -> (counted lemma, measure scope) of each figure extracted from `text`, by its surface."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    def _counted(text: str) -> dict:
        art = Article(id="t", text=text, raw_text=text, published="2001-12-20", source_file="t.txt")
        return {f.text: (f.counted_lemma, f.measure.scope) for f in extract_figures(art, nlp)}
    return _counted


@pytest.mark.parametrize("text,surface,expected", [
    # a margin, a lead, a target and an innings, each counted by what it is (cricket_aus_sa_2001, cricket_aus_nz_2001)
    ("India has beaten England by 113 runs in the second Test at Lord's.", "113", "margin"),
    ("The visitors declared their second innings at 6 for 280, an overall lead of 402.", "402", "lead"),
    ("We are 10 wickets in hand and 85 runs ahead on a pitch that is breaking up.", "85", "lead"),
    ("Needing 310 for victory, the visitors were bowled out late on the final day for 142.", "310", "target"),
    ("Set 290 to win, England finished the match at 6 for 255.", "290", "target"),
    ("Set 290 to win, England finished the match at 6 for 255.", "6", "innings"),
    ("Set 290 to win, England finished the match at 6 for 255.", "255", "innings"),
    # the role is the score's own: the bare number after a margin borrows no "margin" (bg_118)
    ("England has beaten India by 113 runs. Needing 310 for victory, the visitors were bowled out late for 196.",
     "310", "target"),
])
def test_sport_a_score_is_counted_by_what_it_is(counted, text, surface, expected):
    assert counted(text)[surface][0] == expected


@pytest.mark.parametrize("text,surface,scope", [
    # a score a speaker imagines, through a modal on its verb or on the verb it is coordinated under (bg_139)
    ('"India can come out and bowl us out for 120 and suddenly they are chasing 180, or we can make 250 and they '
     'need 330," the captain said of the final innings.', "120", "projection"),
    ('"India can come out and bowl us out for 120 and suddenly they are chasing 180, or we can make 250 and they '
     'need 330," the captain said of the final innings.', "180", "projection"),
    ('"India can come out and bowl us out for 120 and suddenly they are chasing 180, or we can make 250 and they '
     'need 330," the captain said of the final innings.', "330", "projection"),
    # a plan is no imagined score (bg_275)
    ("England will resume at 3 for 72 after being set 390 to win.", "390", "total"),
])
def test_sport_an_imagined_score_is_a_projection(counted, text, surface, scope):
    assert counted(text)[surface][1] == scope
