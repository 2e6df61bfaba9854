"""Who is responsible for a follow-up, in words.

`responsible_person_id` None means the user herself (`models.ME`). She is shown
by the name set in Settings ("Anne Olsen"), and as "meg"/"me" only while no
name is set: it is never "ikke satt", because somebody — she — is responsible.
Typed text means her when it is "meg", "me", "jeg", "selv" or her own name.
"""

from __future__ import annotations

ME_WORDS = frozenset({"meg", "meg selv", "jeg", "selv", "me", "myself", "i"})


def me_label(user_name: str | None, lang: str = "nb") -> str:
    """The user as a responsible person: her name from Settings, else "meg"/"me"."""
    name = " ".join((user_name or "").split())
    if name:
        return name
    return "me" if lang == "en" else "meg"


def responsible_label(person_name: str | None, user_name: str | None, lang: str = "nb") -> str:
    """A follow-up's responsible: the person's name, or the user (`person_name` None)."""
    if person_name:
        return person_name
    return me_label(user_name, lang)


def document_label(person_name: str | None, user_name: str | None, user_title: str | None,
                   lang: str = "nb") -> str:
    """A follow-up's responsible as printed in a document for partners (minutes, county report).

    "meg" means nothing to a reader at the county council: the person's name, else the user's
    name, else her title from Settings ("Prosjektleder"), and "ikke satt" only when neither is set.
    """
    if person_name and " ".join(person_name.split()):
        return " ".join(person_name.split())
    for own in (user_name, user_title):
        if own and " ".join(own.split()):
            return " ".join(own.split())
    return "not set" if lang == "en" else "ikke satt"


def means_me(text: str | None, user_name: str | None = None) -> bool:
    """Whether typed text names the user herself ("meg", "jeg", her own name)."""
    if text is None:
        return False
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return False
    own = " ".join((user_name or "").split()).casefold()
    return wanted in ME_WORDS or (bool(own) and wanted == own)
