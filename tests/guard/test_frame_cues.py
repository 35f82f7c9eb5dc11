"""The cue words that let a person frame's pattern skip a text (names.py, round79_people_b.py): a cue check may only skip
texts the pattern cannot match, or the guard silently loses findings. Checked on the corpus's texts (as written, upper-
and title-cased, since most frames ignore case) and on each frame's own examples, and checked to skip most texts (a
cue list that lets everything through saves nothing)."""

from __future__ import annotations

import re
from typing import Callable

import pytest

from workloads.guard import names, round79_people_b
from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, generate


def _any_of(cues: tuple[str, ...]) -> Callable[[str, str], bool]:
    return lambda text, lower: any(cue in lower for cue in cues)


FRAMES: dict[str, tuple[tuple[re.Pattern[str], ...], Callable[[str, str], bool], tuple[str, ...]]] = {
    "caller": ((names._R78B_CALLER_INTRO,), _any_of(names._R78B_CALLER_INTRO_CUES),
               ("Hi, it's Dawn from the travel clinic", "Bonjour, c'est Margaud de la pharmacie", "ici Solène du cabinet",
                "Hallo, hier ist Jana von der Praxis", "Hola, soy Emigdio de la gestoría", "Goedemiddag, met Sanne van de tandarts",
                "This is Dean from the garage", "Here’s Ana from accounts", "Buenas, te habla Luis de la gestoría")),
    "children's church": ((names._R79P_CHILDREN_CHURCH,), _any_of(names._R79P_CHILDREN_CHURCH_CUES),
                          ("Cindy won't be at sunday club", "Leo will miss Sunday school", "zum Kindergottesdienst",
                           "Alexandrie sera absent à l'éveil à la foi", "Domingo no viene a la catequesis",
                           "naar de kindernevendienst", "au caté", "la Escuela Dominical", "KIDS' CHURCH", "Messy Church")),
    "handed to": (names._R79P_HANDED_TO, _any_of(names._R79P_HANDED_TO_CUES),
                  ("Inleveren bij Lutgardis voor 10-04-2020.", "Bitte bis Freitag bei Mercedes abgeben.",
                   "à remettre à Honorine avant vendredi", "Entregad los pasaportes a Remedios antes del viernes.",
                   "Please hand them in to Harriet by Friday.", "Submit your forms to Imogen.", "Déposer les dossiers chez Lucie.")),
    "replies to": ((names._R79P_REPLIES_TO,), _any_of(names._R79P_REPLIES_TO_CUES),
                   ("Rückmeldung bis 2022-01-01 an Lana.", "Zusagen bitte an Iris.", "Réponses avant le 3 mai à Honorine.",
                    "Respuestas antes del viernes a Remedios.", "Reacties vóór 1 mei naar Fenna.", "Replies by Friday to Harriet.",
                    "RSVP to Imogen by 3 May", "Confirmaciones a Luz.", "Inscriptions à Paul.")),
    "reviews": ((names._R79P_REVIEWS,), _any_of(names._R79P_REVIEWS_CUES),
                ("Revisa Maricela.", "Lo revisa Guillermo.", "Prüft Reinhold.", "Relit Solène.", "Kijkt na: Fenna.",
                 "Checks: Harriet.", "Liest gegen Anna.")),
    "kisses": ((names._R79P_KISSES_SIGN_OFF,), names._r79p_kisses_cued,
               ("(ref \"HONEYMOON\" pls) xx Vanessa", "see you there!\nxoxo Chloe", "tot zaterdag! kusjes Anouk",
                "bis Samstag! Bussi, Lea", "Thanks, Karen xx", "Thanks, Karen x.  \n", "Merci, Anne x !", "besitos, Luz",
                "XOXO Chloe", "Küsschen Mia")),
    "message deleted": ((names._R79P_MESSAGE_DELETED, names._R79P_MESSAGE_OF_DELETED), _any_of(names._R79P_MESSAGE_CUES),
                        ("Moderación: eliminado el mensaje de Sosimo Barba en el grupo", "Nachricht von Reinhold gelöscht",
                         "message de Solène supprimé", "bericht van Fenna verwijderd", "Removed a post by Harriet Cole",
                         "Publicación de Ana eliminada", "Kommentar von Jan entfernt")),
    "hand to": ((round79_people_b._R79B_HAND_TO,), lambda text, lower: round79_people_b._r79b_hand_to_cued(lower),
                ("can u give it to Alexander before sat", "please hand the keys to Imogen by Friday",
                 "donne-la à Solène avant samedi", "dáselo a Remedios mañana", "geef hem aan Fenna voor zaterdag",
                 "gib ihn bitte an Jonas morgen", "Bring sie an Lea.", "PASS THIS TO Harriet.")),
    "referees": ((round79_people_b._R79B_REFEREE_TEXT,),
                 lambda text, lower: any(cue in lower for cue in round79_people_b._R79B_REFEREE_CUES),
                 ("Referees for Saturday", "REFEREE", "Assistant Ref", "Fixtures and officials")),
    "assignment list": ((round79_people_b._R79B_ASSIGNMENT_TEXT,),
                        lambda text, lower: any(cue in lower for cue in round79_people_b._R79B_ASSIGNMENT_CUES),
                        ("Besetzung", "Reparto:", "Cast list", "Distribution des rôles", "Rolverdeling", "Designaciones",
                         "Désignations", "Árbitros", "ARBITRAGE", "Referees", "Schiedsrichter", "Scheidsrechters", "Understudy")),
}


def _variants(text: str) -> tuple[str, ...]:
    return text, text.upper(), text.title(), text.lower()


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    splits = SPLITS[:: max(1, len(SPLITS) // 40)]
    return [s.text for split in splits for s in generate(150, seed=SPLIT_SEEDS.get(split, 20261125), split=split)]


@pytest.mark.parametrize("frame", sorted(FRAMES))
def test_a_cue_check_skips_no_text_the_frame_matches(frame: str, corpus_texts: list[str]) -> None:
    patterns, cued, examples = FRAMES[frame]
    matched = 0
    for text in (*examples, *corpus_texts):
        for variant in _variants(text):
            if any(p.search(variant) for p in patterns):
                matched += 1
                assert cued(variant, variant.lower()), f"{frame}: the cue check skips {variant[:120]!r}, which the frame matches"
    assert matched >= len(examples), f"{frame}: its own examples should match the frame"


@pytest.mark.parametrize("frame", sorted(FRAMES))
def test_a_cue_check_skips_most_texts(frame: str, corpus_texts: list[str]) -> None:
    _, cued, _ = FRAMES[frame]
    passed = sum(cued(text, text.lower()) for text in corpus_texts)
    assert passed < 0.3 * len(corpus_texts), f"{frame}: the cue check lets {passed} of {len(corpus_texts)} texts through"
