"""Pages and sites for the reference-rot tests: realistic Dutch pages (menu, cookie banner,
date, footer around the main text) and the ways Dutch government and knowledge-institute
sites answer a page that is gone."""

from __future__ import annotations

REPORT = (
    "Dit rapport beschrijft de evaluatie van de regionale samenwerking rond knie- en "
    "heupartrose in vijf regio's. Huisartsen, fysiotherapeuten en orthopedisch chirurgen "
    "maakten afspraken over verwijzing, conservatieve behandeling en de keuze voor een "
    "operatie. De evaluatie laat zien dat patiënten vaker eerst een beweegprogramma volgen, "
    "dat de wachttijd voor de eerste afspraak in het ziekenhuis korter werd en dat "
    "zorgverleners elkaar beter weten te vinden. Belangrijke voorwaarden waren een "
    "gedeelde visie, een vaste coördinator per regio, afspraken over gegevensuitwisseling en "
    "financiering die samenwerking niet in de weg zit. Knelpunten waren de registratielast, "
    "verschillen tussen zorgverzekeraars en het ontbreken van tijd voor overleg. De "
    "aanbevelingen richten zich op bestuurders, zorgverleners en financiers, en op het "
    "blijvend meten van uitkomsten die voor patiënten belangrijk zijn, zoals pijn, "
    "functioneren en kwaliteit van leven."
)
NEWS = (
    "Nieuwsoverzicht. Nieuwe subsidieronde voor innovatie in de wijk geopend. Minister "
    "bezoekt zorgcentrum in het oosten van het land. Webinar over digitale zorg voor "
    "ouderen: meld je nu aan. Jaarverslag verschenen met cijfers over personeel en "
    "verzuim. Vacature: beleidsmedewerker communicatie voor het team publieksvoorlichting. "
    "Congres over preventie en leefstijl in het voorjaar, met sprekers uit binnen- en "
    "buitenland. Terugblik op de landelijke dag van de mantelzorg."
)
KNOWLEDGE = (
    "Heupartrose is slijtage van het heupgewricht. Klachten zijn pijn in de lies, "
    "stijfheid na rust en moeite met lopen, traplopen of het aantrekken van sokken. De "
    "behandeling begint met uitleg, bewegen en zo nodig pijnstillers. Een fysiotherapeut "
    "helpt met oefeningen die de spieren rond de heup sterker maken. Overgewicht verminderen "
    "vermindert de belasting van het gewricht. Helpen deze maatregelen onvoldoende, dan kan "
    "een nieuwe heup een oplossing zijn. Bespreek met de huisarts welke stap bij u past."
)


def page(
    title: str,
    h1: str,
    text: str,
    *,
    menu: tuple[str, ...] = ("Home", "Onderwerpen", "Publicaties", "Contact"),
    cookie: str = "Wij gebruiken cookies om de site te verbeteren. Akkoord?",
    date: str = "Laatst gewijzigd op 3 maart 2026",
    footer: str = "Copyright 2026, alle rechten voorbehouden. Privacyverklaring.",
) -> str:
    items = "".join(f"<li><a href='/{m.lower()}'>{m}</a></li>" for m in menu)
    return (
        f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title>"
        "<script>var tracking = 'abc123';</script><style>body{margin:0}</style></head><body>"
        f"<div class='cookie-banner' id='cookieconsent'><p>{cookie}</p>"
        "<button>Accepteren</button></div>"
        f"<header><a href='/'>Logo</a><nav><ul>{items}</ul></nav></header>"
        f"<main><h1>{h1}</h1><p class='meta'>{date}</p><p>{text}</p></main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


NOT_FOUND_TEMPLATE = page(
    "Zorginstituut Nederland",
    "Pagina niet gevonden",
    "Helaas, de pagina die u zoekt bestaat niet of is verplaatst. Gebruik de zoekfunctie of "
    "ga naar de homepage.",
)
HOME = page(
    "Home | Kennisinstituut",
    "Welkom bij het Kennisinstituut",
    "Wij verzamelen kennis over zorg en ondersteuning. Bekijk onze publicaties, het nieuws "
    "en de agenda. Zoek in de kennisbank op onderwerp.",
)
OVERVIEW = page(
    "Publicaties | Rijksoverheid.nl",
    "Publicaties",
    "Overzicht van alle publicaties: rapporten, brochures, kamerstukken en besluiten. "
    "Filter op onderwerp, soort en datum.",
)
