"""Ranks that style a character's name and stand in no actor's own name.

Police and service ranks are often written short before a character's name ("DS Peter
Jakes", "PC Jim Strange", "Lt. Dan Taylor") or in full where the common word lists stop
("Chief Superintendent Reginald Bright"). Such a name is a part, never the person playing it:
the gate (`gate.py`) never believes it as an actor, and a bracket pair holding it
("Jack Laskey (DS Peter Jakes)") says which way round the page writes its pairs of full
names (`roles.py`).
"""

from __future__ import annotations

__all__ = ["ranked"]

# Written short, compared as written: "DS", "PC", "Lt."; the capitals keep out a name such
# as "Di" ("Di Botcher" stays a person).
_SHORT = frozenset(
    "DI DS DCI DC DSI DCS DSU DSgt PC WPC PCSO PS Supt Insp Det Sgt Cpl Pte Pvt Capt Lt Maj Cmdr "
    "Adm".split()
)
# Written in full, compared in lower case.
_FULL = frozenset("superintendent corporal commander admiral lance-corporal".split())


def ranked(name: str) -> bool:
    """Whether a word of the name is a rank: "DS Peter Jakes", "Chief Superintendent X"."""
    for word in name.split():
        bare = word.rstrip(".,")
        if bare in _SHORT or bare.lower() in _FULL:
            return True
    return False
