"""Every Dutch message an editor can get, in one table.

Why: editors read these in the build's log, from scripts/check-content and as annotations
in their pull request; CONTRIBUTING.md explains each one (a test reads this table whole and
checks that). Each template says what is wrong, then "Oplossing: " and the fix, which,
followed literally, makes the check pass. Blanks are filled by `compose`, which also shows
invisible characters visibly, so two quoted texts never look the same while they differ.
"""

from __future__ import annotations

import re
import unicodedata

# Characters an editor cannot see or tell apart, as a message shows them.
INVISIBLE = {
    "\u00a0": "[harde spatie]",
    "\u202f": "[smalle harde spatie]",
    "\u2007": "[cijferspatie]",
    "\u2002": "[brede spatie]",
    "\u2003": "[brede spatie]",
    "\u2009": "[dunne spatie]",
    "\u200b": "[onzichtbare spatie]",
    "\u200c": "[onzichtbaar teken]",
    "\u200d": "[onzichtbaar teken]",
    "\u2060": "[onzichtbaar teken]",
    "\ufeff": "[onzichtbaar teken (BOM)]",
    "\u00ad": "[zacht afbreekstreepje]",
    "\u200e": "[richtingsteken]",
    "\u200f": "[richtingsteken]",
    "\t": "[tab]",
    "\ufffd": "[onleesbaar teken]",
    # dashes that look like '-' (Word's hyphens, a PDF's minus sign)
    "\u2010": "[koppelteken U+2010]",
    "\u2011": "[vast koppelteken]",
    "\u2012": "[cijferstreepje]",
    "\u2015": "[horizontale streep]",
    "\u2212": "[minteken]",
}


def visible(text: str) -> str:
    """The text with every invisible or look-alike space or dash spelled out."""
    out = []
    for char in text:
        if char in INVISIBLE:
            out.append(INVISIBLE[char])
        elif unicodedata.category(char) in ("Cc", "Cf") and char != "\n":
            out.append(f"[onzichtbaar teken U+{ord(char):04X}]")
        elif unicodedata.category(char) == "Co":  # Word's Symbol and Wingdings characters
            out.append(f"[teken uit een Word-lettertype U+{ord(char):04X}]")
        else:
            out.append(char)
    # Two spaces between words look like one: 'Vorm een  kernteam' and 'Vorm een kernteam'.
    return re.sub(r"(?<=\S)( {2,})(?=\S)", lambda run: f"[{len(run[1])} spaties]", "".join(out))


def compose(rule: str, **values: object) -> tuple[str, str]:
    """(message, fix) of a rule, with its blanks filled; invisible characters made visible."""
    shown = {
        key: visible(value) if isinstance(value, str) else value for key, value in values.items()
    }
    text = MESSAGES[rule].format(**shown)
    message, _, fix = text.partition(" Oplossing: ")
    return message, fix


MESSAGES: dict[str, str] = {
    # Advice that points the right way (issue 9): the newer of two names for one address,
    # one message for an empty block, both blocks on every block page, one title, one entry.
    "dubbel-adres-nieuw": (
        "[{name}] heeft hetzelfde webadres als [{kept}] (regel {kept_line}), {kept_use}. "
        "Oplossing: gebruik de bestaande naam [{kept}]: {fix}verwijder deze regel."
    ),
    "dubbel-adres-gelijk": (
        "[{name}] en [{kept}] (regel {kept_line}) hebben hetzelfde webadres en worden {usage}. "
        "Oplossing: houd de naam die al in de catalogus stond: verwijder de regel van de naam "
        "die je zelf hebt toegevoegd, en schrijf op je pagina de andere naam ('[tekst][{kept}]' "
        "of '[tekst][{name}]')."
    ),
    "leeg-blok-inspringing": (
        "deze regel springt niet in en staat daardoor buiten het blok '{title}' (regel {box}), "
        "dat zo leeg blijft. Oplossing: laat deze regel en elke volgende regel van het blok "
        "beginnen met 4 spaties (een sublijst met 8)."
    ),
    "kader-onderbroken": (
        "deze regel springt niet in, midden in het blok '{title}' (regel {box}): daar houdt het "
        "blok op, en wat eronder nog inspringt, staat buiten het blok. Oplossing: laat deze "
        "regel met {spaces} spaties beginnen, zoals de regels van het blok erboven."
    ),
    "leeg-blok-niets": (
        "het blok '{title}' is leeg: er staat niets onder. Oplossing: zet eronder een lege regel "
        "en daarna de inhoud, elke regel 4 spaties ingesprongen; noemt de toolkit hier niets, "
        "schrijf dan '    {nothing}'."
    ),
    "blok-als-kop": (
        "'{title}' staat hier als kop, maar op een bouwblokpagina is het een blok (een "
        "kader met de inhoud erin). Oplossing: schrijf op deze regel '{fixed}' en laat de "
        "regels eronder 4 spaties inspringen."
    ),
    "blok-weggehaald": (
        "hier stond de regel '{written}', die het blok '{title}' begint; zonder die regel "
        "horen de regels eronder bij het blok erboven of worden ze code. Oplossing: zet de "
        "regel hier terug, met een lege regel eronder."
    ),
    "blok-ontbreekt": (
        "dit bouwblok heeft geen blok '{title}' (elk bouwblok heeft 'Leer van anderen' en "
        "'Interessant'). Oplossing: zet {where} de regel '!!! {kind} \"{title}\"', een lege "
        "regel en daaronder, 4 spaties ingesprongen, de inhoud{example}; noemt de toolkit hier "
        "niets, schrijf dan '    {nothing}'."
    ),
    "andere-verwijzing": (
        "de linktekst '{text}' is de titel van [{expected}] in de catalogus, maar de link wijst "
        "naar [{used}] ('{used_title}'). Oplossing: dezelfde titel wijst altijd naar dezelfde "
        "verwijzing: schrijf '[{text}][{expected}]', of kies een andere linktekst als je echt "
        "[{used}] bedoelt."
    ),
    # Reference catalogue (docs/_data/referenties.md)
    "catalogus-twee-op-regel": (
        "op deze regel staan twee verwijzingen; de tweede ('{second}') leest Markdown als "
        "deel van de eerste. Oplossing: zet de tweede verwijzing op een eigen regel, vanaf "
        "haar '['."
    ),
    "catalogus-regel": (
        "deze regel is geen verwijzing en komt daardoor op elke pagina als tekst te staan. "
        "Oplossing: schrijf de regel als '[naam]: https://www.voorbeeld.nl/pagina \"Titel\"' "
        "(naam tussen [ ], dubbele punt, spatie, webadres, spatie, titel tussen "
        "aanhalingstekens)."
    ),
    "catalogus-regel-anders": (
        "deze regel is een verwijzing, maar niet zoals bedoeld ({cause}): de link gaat naar "
        "een verkeerd adres of heeft geen titel. Oplossing: schrijf de regel als '{fixed}'."
    ),
    "catalogus-regel-oorzaak": (
        "deze regel is geen geldige verwijzing ({cause}) en komt daardoor op elke pagina als "
        "tekst te staan. Oplossing: schrijf de regel als '{fixed}'."
    ),
    "catalogus-titel": (
        "de verwijzing [{name}] heeft geen titel. Oplossing: zet achter het webadres een spatie "
        "en de titel tussen aanhalingstekens: '[{name}]: {url} \"Titel van de pagina\"'."
    ),
    "catalogus-adres": (
        "'{url}' bij [{name}] is geen volledig webadres. Oplossing: kopieer het adres uit de "
        "adresbalk van de browser; het begint met 'https://'."
    ),
    "dubbele-naam": (
        "de naam [{name}] staat twee keer in de catalogus (ook op regel {first}); alleen de "
        "laatste telt. Oplossing: geef één van beide een andere naam, of verwijder een regel."
    ),
    "verwijzing-kapot": (
        "op deze regel staat de naam [{name}] uit de catalogus, maar niet als werkende "
        "verwijzing ('{shown}'): een haak ontbreekt of staat verkeerd, of er staat een teken "
        "in de naam. Oplossing: schrijf de link als '[tekst][{name}]', met twee paar rechte "
        "haken en de naam precies zoals in docs/_data/referenties.md."
    ),
    "ongebruikt": (
        "de verwijzing [{name}] wordt op geen enkele pagina gebruikt. Oplossing: gebruik haar op "
        "een pagina als '[tekst][{name}]', of verwijder deze regel."
    ),
    "verwijzing-naam-anders": (
        "de naam [{name}] op deze regel lijkt op [{used}], die {page} op regel {page_line} "
        "gebruikt: een van de twee is verschreven, en die link werkt niet. Oplossing: maak de "
        "namen gelijk (verbeter deze regel of die op de pagina, welke je ook veranderde)."
    ),
    "verwijzing-verwijderd": (
        "de verwijzing [{name}] is uit de catalogus gehaald, maar {page} gebruikt haar nog "
        "(regel {page_line}). Oplossing: zet de regel terug, '{definition}', of haal eerst op die "
        "pagina de link weg (is het adres dood, zet dan het nieuwe adres in de regel)."
    ),
    # Links on a page
    "onbekende-verwijzing": (
        "de verwijzing [{name}] staat niet in de referentiecatalogus ({catalogue}).{hint} "
        "Oplossing: voeg '[{name}]: https://... \"Titel\"' toe aan de catalogus, of verbeter de "
        "naam."
    ),
    "directe-link": (
        "{what} {url} staat {where}, niet in de referentiecatalogus. Oplossing: {fix}"
    ),
    "link-krulquotes": (
        "in de link op deze regel staan krullende aanhalingstekens (“ ” of ‘ ’, uit Word), die "
        "Markdown niet als aanhalingstekens leest: de link werkt niet. Oplossing: schrijf "
        "'{fixed}' (een titel tussen rechte aanhalingstekens, het adres zonder)."
    ),
    "link-afgebroken": (
        "de naam of het adres van de link ('{target}') loopt door op de volgende regel: de site "
        "leest de regelovergang als een spatie, vindt de link niet en toont hem als tekst. "
        "Oplossing: zet '{whole}' helemaal op deze regel."
    ),
    "kapotte-link": (
        "de link naar '{target}' wijst naar een bestand dat niet bestaat.{hint} Oplossing: "
        "verbeter de bestandsnaam (een link naar een andere pagina gaat naar haar .md-bestand, "
        "gezien vanaf de map van deze pagina), of verwijder de link."
    ),
    "lege-linktekst": (
        "een link zonder tekst: een schermlezer leest dan alleen het webadres of niets voor. "
        "Oplossing: zet tussen de eerste [ ] waar de link naartoe gaat, bijv. "
        "'[Richtlijn artrose][naam]'."
    ),
    "alt-tekst": (
        "een afbeelding zonder beschrijving (alt-tekst): wie de afbeelding niet ziet, mist de "
        "inhoud. Oplossing: beschrijf tussen de [ ] na het uitroepteken wat de afbeelding laat "
        "zien, bijv. '![Schema van het zorgpad](zorgpad.png)'."
    ),
    "alt-tekst-html": (
        "een afbeelding in HTML-code zonder beschrijving (alt-tekst): wie de afbeelding niet "
        "ziet, mist de inhoud. Oplossing: zet in de <img>-code wat de afbeelding laat zien, "
        'bijv. \'<img src="zorgpad.png" alt="Schema van het zorgpad">\'.'
    ),
    "html-link-md": (
        "deze link in HTML-code wijst naar een .md-bestand: in HTML maakt de site daar geen "
        "adres van, dus lezers krijgen 'pagina niet gevonden'. Oplossing: schrijf de link in "
        "Markdown: '{fixed}'."
    ),
    "verwijzing-haak-teveel": (
        "op deze regel staat een '{char}' te veel in een verwijzing: de site en GitHub maken "
        "er geen link van en tonen de haken als tekst. Oplossing: schrijf de regel als "
        "'{fixed}'."
    ),
    "verwijzing-haakjes": (
        "'({name})' is een naam uit de catalogus, maar staat tussen ronde haakjes: de site "
        "zoekt dan een bestand met die naam. Oplossing: zet de naam tussen rechte haken: "
        "'[tekst][{name}]'."
    ),
    "linktekst-naam": (
        "de link '[{name}]' toont de naam uit de catalogus als tekst ('{name}'), niet wat "
        "een lezer begrijpt. Oplossing: zet de tekst ervoor: '[{title}][{name}]'."
    ),
    "voetnoot-zonder-tekst": (
        "de voetnoot '[^{name}]' heeft geen tekst op deze pagina, zodat de site '[^{name}]' "
        "als tekst laat staan. Oplossing: zet onderaan de pagina een regel '[^{name}]: ' met "
        "de tekst van de voetnoot, of haal '[^{name}]' weg."
    ),
    "voetnoot-ongebruikt": (
        "de voetnoot '[^{name}]' wordt nergens in de tekst genoemd: de site zet haar tekst "
        "onderaan de pagina met een link terug die nergens heen gaat (en GitHub laat haar weg). "
        "Oplossing: zet '[^{name}]' in de tekst, direct achter het woord waar de voetnoot bij "
        "hoort, of haal deze regel weg."
    ),
    "notitie-als-tekst": (
        "'{note}' staat als tekst op de pagina: lezers zien een notitie voor redacteuren. "
        "Oplossing: vul de tekst in, of maak er een opmerking van die lezers niet zien: "
        "'<!-- {note}: ... -->'."
    ),
    "notitie-in-tekst": (
        "'{note}' staat in {what}, en lezers zien die notitie voor redacteuren. Oplossing: "
        "{fix} (een notitie voor andere redacteuren zet je in een regel die geen lezer ziet: "
        "{hidden})."
    ),
    "notitie-teken": (
        "'{mark}' maakt van deze regel geen verborgen notitie: voor de site is het gewone "
        "tekst, die lezers zien. Oplossing: schrijf de notitie als '{fixed}' (die regel ziet "
        "geen lezer), of haal hem weg."
    ),
    "afkorting-op-pagina": (
        "de uitleg van de afkorting '{abbr}' staat op de pagina zelf: daar verdwijnt hij, en "
        "hij geldt alleen op deze pagina. Oplossing: verplaats deze regel naar "
        "docs/_data/afkortingen.md; dan legt de site de afkorting overal uit en staat hij op "
        "de pagina Afkortingen."
    ),
    "alt-tekst-vaag": (
        "de beschrijving van deze afbeelding is '{text}': dat zegt niet wat erop staat (GitHub "
        "zet zo'n naam bij een geplakte afbeelding). Oplossing: beschrijf tussen de [ ] na het "
        "uitroepteken wat de afbeelding laat zien, bijv. '![Schema van het zorgpad](zorgpad.png)'."
    ),
    "linktekst-vaag": (
        "de tekst van deze link is '{text}': wie de links op een pagina laat voorlezen (een "
        "schermlezer doet dat), hoort niet waar hij naartoe gaat. Oplossing: zet tussen de [ ] "
        "waar de link naartoe gaat, bijv. '[de richtlijn artrose][naam]'."
    ),
    # Addresses (in the catalogue and on pages)
    "volgcodes": (
        "het webadres {url} bevat volgcodes ({tags}). Oplossing: gebruik het adres zonder "
        "volgcodes: {clean}"
    ),
    # Addresses that work for the editor only, or that are this toolkit itself (addresses.py)
    "adres-eigen-computer": (
        "'{url}' is een bestand op je eigen computer of op een netwerkschijf: lezers van de "
        "site kunnen het niet openen. Oplossing: zet het bestand in de map docs/assets/ (op "
        "GitHub: 'Add file' > 'Upload files') en link ernaar vanaf de pagina, bijv. "
        "'[Protocol (pdf)](../assets/protocol.pdf)', of link naar een openbaar webadres."
    ),
    "adres-eigen-kopie": (
        "'{url}' bestaat alleen in de e-mail of de browser waaruit je het kopieerde (een "
        "afbeelding in Outlook, of iets dat je browser even vasthield): lezers van de site zien "
        "niets. Oplossing: sla de afbeelding op als bestand (.png of .jpg), zet het in de map "
        "docs/assets/ (op GitHub: 'Add file' > 'Upload files') en verwijs ernaar, bijv. "
        "'![Logo van de NOV](../assets/logo.png)'."
    ),
    "adres-eigen-netwerk": (
        "'{url}' is een adres binnen je eigen computer of netwerk ({place}): lezers van de "
        "site kunnen het niet openen. Oplossing: gebruik het openbare webadres van die pagina "
        "(open hem buiten het netwerk van je organisatie en kopieer het adres uit de "
        "adresbalk), of zet het bestand in de map docs/assets/ en link ernaar."
    ),
    "adres-inloggen": (
        "'{url}' staat op {place}: alleen wie bij jouw organisatie inlogt kan het openen, "
        "lezers van de site niet. Oplossing: gebruik een openbaar webadres van hetzelfde "
        "document, of zet het bestand in de map docs/assets/ en link ernaar, bijv. "
        "'[Protocol (pdf)](../assets/protocol.pdf)'."
    ),
    "eigen-pagina": (
        "de link naar {url} gaat via het volledige adres naar een pagina van deze toolkit: "
        "de controle kan dan niet zien of die pagina bestaat, en de link breekt als het adres "
        "van de site verandert. Oplossing: link naar het bestand van die pagina, gezien vanaf "
        "deze pagina: vervang {url} door {new}."
    ),
    "eigen-pagina-catalogus": (
        "[{name}] wijst naar een pagina van deze toolkit ({url}); die hoort niet in de "
        "catalogus van externe links. Oplossing: verwijder deze regel en link op de pagina's "
        "die [{name}] gebruiken naar het bestand docs/{target}, gezien vanaf die pagina "
        "(vanuit een blokpagina: '[tekst]({example})')."
    ),
    "link-zonder-adres": (
        "de link '[{text}]' heeft geen adres tussen de ( ): op de site gaat hij nergens heen. "
        "Oplossing: zet tussen de ( ) het bestand van de pagina, bijv. '(draagvlak.md)', of "
        "gebruik een naam uit de catalogus: '[{text}][naam]'; of haal de [ ] en ( ) weg."
    ),
    "doorverwijzing": (
        "het webadres {url} is een doorverwijzing via {via}, niet het echte adres. "
        "Oplossing: {fix}."
    ),
    # Admonitions ("Interessant", "Leer van anderen")
    "uitroeptekens": (
        "de regel begint met '{marker}' en wordt daardoor gewone tekst. Oplossing: begin een "
        "blok met precies drie uitroeptekens, bijv. '!!! interessant \"Interessant\"'."
    ),
    "bloktitel-aanhalingstekens": (
        "de titel van het blok staat niet tussen twee rechte dubbele aanhalingstekens, zodat "
        "de site van deze regel geen kader maakt maar tekst. Oplossing: schrijf '{fixed}'."
    ),
    "bloksoort-ontbreekt": (
        "na '{marker}' ontbreekt het soort blok. Oplossing: schrijf '!!! interessant "
        '"Interessant"\' of \'!!! leer-van-anderen "Leer van anderen"\'.'
    ),
    "onbekende-bloksoort": (
        "het soort blok '{kind}' bestaat niet. Oplossing: schrijf '{marker} {suggestion} "
        "\"{title}\"'; toegestaan zijn alleen 'interessant' en 'leer-van-anderen', met kleine "
        "letters."
    ),
    "kader-ingesprongen": (
        "de regel met '!!!' springt {spaces} spaties in, en daardoor wordt het geen kader "
        "(de site toont de regel als tekst of code). Oplossing: begin de regel met '!!!' "
        "helemaal links, zonder spaties ervoor."
    ),
    "tab-in-regel": (
        "op deze regel staan tabs tussen de woorden ('{shown}'), zoals na plakken uit Excel of "
        "een tabel in Word; de site toont er één spatie voor, zodat de kolommen in elkaar "
        "overlopen. Oplossing: maak er een tabel van (een regel '| Wie | Wat |', daaronder "
        "'| --- | --- |' en dan per rij '| ... | ... |'), of zet een spatie in plaats van de tab."
    ),
    "verbergen-onbekend": (
        "'{value}' onder 'hide:' kan het thema niet verbergen; het slaat de regel zonder "
        "melding over. Oplossing: schrijf één van: {known}."
    ),
    "bloktitel": (
        "het blok '{kind}' heeft geen titel. Oplossing: schrijf '{marker} {kind} \"{title}\"'."
    ),
    "bloktitel-anders": (
        "het blok '{kind}' heet hier '{typed}'; op elke pagina heet dit blok '{title}', zodat "
        "lezers het herkennen. Oplossing: schrijf '{fixed}'."
    ),
    # Headings and lists
    "tweede-h1": (
        "de pagina heeft meer dan één hoofdkop ('# '); de eerste staat op regel {first}. "
        "Oplossing: maak hier een tussenkop van met '## ' (een pagina heeft precies één kop "
        "met één '#')."
    ),
    "geen-h1": (
        "de pagina heeft geen hoofdkop ('# '){detail}. Oplossing: begin de titel van de pagina "
        "met precies één '#' en een spatie (een pagina heeft precies één kop met één '#')."
    ),
    # A heading whose address pages link to (removed_anchors.py)
    "kop-adres-weg": (
        "deze kop had het adres '#{anchor}', en {count} wijzen ernaar ({where}); door je "
        "wijziging heeft de kop dat adres niet meer, dus die links komen niet meer bij de kop "
        "uit. Oplossing: geef de kop zijn adres terug: '{fixed}'."
    ),
    "kop-verdwenen": (
        "hier stond een kop met het adres '#{anchor}', en {count} wijzen ernaar ({where}). "
        "Oplossing: zet de kop terug, of haal bij die links het deel vanaf '#' weg."
    ),
    "onderstreepte-kop": (
        "de regel '{marks}' direct onder de tekst van regel {text_line} maakt van die tekst "
        "een kop. Oplossing: {fix}."
    ),
    "kopniveau": (
        "de kop slaat een niveau over: van '{before}' naar '{now}'. Oplossing: gebruik "
        "'{fix} ' (één '#' meer dan de kop erboven), zodat schermlezers de opbouw volgen."
    ),
    "kop-leeg": (
        "deze kop is leeg: achter de '#'-tekens staat geen tekst, zodat schermlezers een kop "
        "zonder naam voorlezen en de inhoudsopgave een lege regel toont. Oplossing: schrijf de "
        "tekst van de kop achter de '#'-tekens en een spatie, of haal de regel weg."
    ),
    "kop-met-opdracht": (
        "op deze regel staat alleen een opdracht of HTML achter '{hashes}': wat die maakt komt "
        "niet in de kop te staan, en de kop blijft leeg. Oplossing: haal '{hashes} ' weg, zodat "
        "de regel '{fixed}' wordt (een kop erboven zet je op een eigen regel)."
    ),
    "sublijst": (
        "deze opsommingsregel springt {width} spaties in; op de site wordt dat geen sublijst "
        "(GitHub laat het wel zo zien). Oplossing: laat een sublijst precies 4 spaties verder "
        "inspringen dan de regel erboven (hier {fix} spaties)."
    ),
    "sublijst-te-diep": (
        "deze opsommingsregel springt {width} spaties in, meer dan 4 verder dan het punt erboven: "
        "de site en GitHub lezen hem dan als tekst van dat punt, met het streepje erbij. "
        "Oplossing: laat de regel met {fix} spaties beginnen (een punt onder een punt springt "
        "precies 4 spaties verder in)."
    ),
    "lijst-witregel": (
        "direct onder deze regel tekst begint een opsomming (regel {item}); op de site wordt "
        "die daardoor deel van deze alinea (GitHub laat wel een lijst zien). Oplossing: zet "
        "een lege regel onder deze regel; hoort deze regel zelf bij de opsomming, begin hem "
        "dan met '- ', zoals de andere punten."
    ),
    # Front matter, review date
    "gegevensblok-ontbreekt": (
        "de pagina mist bovenaan het gegevensblok met '{field}'. Oplossing: begin de pagina met "
        "drie regels: '---', '{field}: {today}' (de datum waarop je de inhoud hebt "
        "gecontroleerd) en '---'."
    ),
    "gegevensblok-toml": (
        "het gegevensblok bovenaan staat tussen regels '+++' (zoals Hugo het leest), maar deze "
        "site leest alleen een gegevensblok tussen regels '---': de site toont het als tekst. "
        "Oplossing: vervang '+++' op {where} door '---'{also}."
    ),
    "gegevensblok-toml-open": (
        "de pagina begint met '+++' (zoals Hugo een gegevensblok begint), maar deze site leest "
        "alleen een gegevensblok tussen regels '---', en een tweede regel '+++' ontbreekt. "
        "Oplossing: vervang '+++' door '---' en sluit het gegevensblok met een regel '---'{also}."
    ),
    "gegevensblok-zonder-begin": (
        "de regels 1 tot en met {last} zijn de gegevens bovenaan de pagina, maar de regel '---' "
        "erboven ontbreekt: de site toont ze als tekst. Oplossing: zet boven regel 1 een regel "
        "met alleen '---'."
    ),
    "gegevensblok-zonder-streepjes": (
        "de regels 1 tot en met {last} zijn de gegevens bovenaan de pagina, maar de regels '---' "
        "erboven en eronder ontbreken: de site toont ze als tekst. Oplossing: zet boven regel 1 "
        "en onder regel {last} een regel met alleen '---'."
    ),
    "gegevensblok-einde": (
        "de regel '{written}' moet het gegevensblok bovenaan sluiten, maar is niet precies "
        "'---' (er staan spaties voor, of lange streepjes zoals — en – die een telefoon of "
        "Word van '--' maakt): zo leest de site hem niet als het einde, en loopt het "
        "gegevensblok door in de pagina. Oplossing: schrijf de regel als '---', helemaal links: "
        "drie gewone streepjes, zonder spaties."
    ),
    "gegevensblok-open": (
        "het gegevensblok bovenaan (vanaf de regel '---' op regel 1) wordt niet afgesloten. "
        "Oplossing: zet boven deze regel, direct na de laatste regel 'naam: waarde', een regel "
        "met alleen '---'."
    ),
    "gegevensblok-begin": (
        "de eerste regel '{written}' hoort precies drie streepjes te zijn: zo begint het "
        "gegevensblok bovenaan. Oplossing: schrijf op deze regel '---'."
    ),
    "gegevensblok-yaml": (
        "de gegevens bovenaan de pagina zijn geen geldige YAML ({problem}). Oplossing: schrijf "
        "elke regel tussen de '---'-regels als 'naam: waarde', met een spatie na de dubbele "
        "punt; zet tekst met een ':' of '#' tussen aanhalingstekens, bijv. "
        "'description: \"Zorgpaden: zo richt je ze in\"'."
    ),
    "gegevensblok-dubbel": (
        "'{key}' staat twee keer in het gegevensblok (ook op regel {first}); alleen de laatste "
        "waarde telt. Oplossing: houd één regel '{key}: ...' over."
    ),
    "controledatum-opmerking": (
        "de regel met '{field}' begint met '#', dus YAML leest hem als opmerking en de pagina "
        "heeft geen controledatum. Oplossing: haal het '#' vooraan de regel weg."
    ),
    "controledatum-ontbreekt": (
        "het veld '{field}' ontbreekt in de gegevens bovenaan de pagina. Oplossing: zet vóór de "
        "laatste regel '---' de regel '{field}: {today}' (de datum waarop je de inhoud hebt "
        "gecontroleerd)."
    ),
    "controledatum-spelling": (
        "'{written}' is geen veld dat de site kent; bedoel je '{field}'? Zonder dat veld weet "
        "de site niet wanneer de inhoud is gecontroleerd. Oplossing: schrijf de naam als "
        "'{field}'."
    ),
    "gegevensblok-veld": (
        "'{name}' is geen veld dat de site leest: wat erachter staat, doet niets.{meant} "
        "Oplossing: schrijf de naam van het veld precies zo, met kleine letters ({known}), of "
        "verwijder de regel."
    ),
    "controledatum-vorm": (
        "'{field}: {value}' is geen datum. Oplossing: schrijf de datum als JJJJ-MM-DD zonder "
        "aanhalingstekens, bijv. '{field}: {today}'."
    ),
    "controledatum-bestaat-niet": (
        "de datum {value} bij '{field}' bestaat niet: die maand heeft zo'n dag niet, of er is "
        "geen maand met dat nummer. Oplossing: vul de datum in waarop je de inhoud echt hebt "
        "gecontroleerd, als JJJJ-MM-DD, bijv. '{field}: {today}'."
    ),
    "controledatum-toekomst": (
        "de datum {value} bij '{field}' ligt in de toekomst. Oplossing: vul de datum in waarop je "
        "de inhoud echt hebt gecontroleerd, uiterlijk vandaag ({today})."
    ),
    "sjabloon": (
        "hier staat nog '{placeholder}' uit het sjabloon. Oplossing: vervang het door {meaning}."
    ),
    # Structure, YAML files
    "onbereikbaar": (
        "deze pagina is vanuit geen enkel bouwblok of menu-item bereikbaar. Oplossing: voeg "
        "haar als blok toe aan docs/_data/blokken.yml, zet haar onder 'nav:' in mkdocs.yml, of "
        "verwijder het bestand."
    ),
    "geen-utf8": (
        "het bestand is niet als UTF-8 opgeslagen (waarschijnlijk {guess}); vanaf deze regel "
        "zouden letters als é en ë onleesbaar op de site komen. Oplossing: sla het bestand op "
        "als UTF-8 (in Kladblok: 'Opslaan als', Codering 'UTF-8'), of plak de tekst in GitHub's "
        "webeditor en sla het daar op."
    ),
    "yaml": (
        "de YAML is ongeldig ({problem}). Oplossing: controleer op die regel (of de regel "
        "erboven) de inspringing met spaties, de dubbele punt na de naam en aanhalingstekens "
        "rond tekst met een ':' of '#'."
    ),
    # The glossary of abbreviations (docs/_data/afkortingen.md, abbreviations.py)
    "afkorting-dubbel": (
        "de afkorting {name} staat twee keer in de lijst met afkortingen (ook op regel "
        "{first}); alleen de laatste uitleg telt. Oplossing: houd één regel en verwijder de "
        "andere."
    ),
    "afkorting-regel": (
        "deze regel is geen uitleg van een afkorting ('{text}'), en verdwijnt of komt als tekst "
        "onder elke pagina. Oplossing: schrijf de regel als '{example}' (sterretje, afkorting "
        "tussen [ ], dubbele punt, spatie, uitleg)."
    ),
    "yaml-voor-streepje": (
        "vóór het streepje '- ' op deze regel staat '{before}', zodat YAML de hele regel als "
        "één naam leest en het bestand niet kan lezen. Oplossing: haal die tekst weg: "
        "'{fixed}' (hoort hij ergens bij, zet hem dan achter 'tekst:' van het juiste punt)."
    ),
    "yaml-regel-weg": (
        "hier stond '{deleted}'{more}; de regels die eronder inspringen hoorden daarbij en "
        "horen nu nergens meer bij, dus YAML stopt. Oplossing: zet terug wat er stond, of "
        "haal ook de ingesprongen regels eronder weg als die erbij hoorden."
    ),
    "yaml-regel-uitgezet": (
        "'{deleted}'{more} staat nu achter een '#'; de regels die eronder inspringen hoorden "
        "daarbij en horen nu nergens meer bij, dus YAML stopt. Oplossing: haal het '#' weer "
        "weg, of zet ook voor de ingesprongen regels eronder een '#'."
    ),
    "yaml-aanhalingsteken-open": (
        "de waarde begint met {quote}, maar dat aanhalingsteken wordt op deze regel niet "
        "gesloten: YAML leest door tot het volgende {quote}, regels verder, en stopt daar. "
        "Oplossing: zet ook aan het eind van de waarde een {quote}: '{fixed}'."
    ),
    "yaml-opmerking-afgebroken": (
        "deze regel is de rest van de opmerking op regel {above} (een Enter in die opmerking?): "
        "zonder '#' ervoor leest YAML haar als gegevens en stopt verderop. Oplossing: schrijf "
        "de regel als '{fixed}', of plak de tekst achter regel {above}."
    ),
    "yaml-tussen": (
        "deze regel staat tussen '{key}:' (regel {above}) en de punten die eronder horen, "
        "zodat die punten nergens meer bij horen en YAML het bestand niet kan lezen. "
        "Oplossing: zet deze regel (en wat er tot die punten nog tussen staat) boven "
        "'{key}:', op regel {above}."
    ),
    "yaml-vervolg": (
        "deze regel lijkt het vervolg van de tekst van '{name}' op regel {above}, maar hij "
        "springt niet verder in dan '{name}:', dus leest YAML hem als iets nieuws en kan het "
        "bestand niet lezen. Oplossing: zet deze tekst achter die van regel {above}, op één "
        "regel, of laat deze regel {spaces} spaties inspringen: '{fixed}'."
    ),
    "link-spatie": (
        "het adres van deze link bevat een spatie ('{target}'): de voorbeeldweergave van "
        "GitHub toont de link dan als gewone tekst, en niet elk programma leest het adres "
        "heel. Oplossing: schrijf de link als '{fixed}' (een nieuw bestand geef je liefst een "
        "naam met streepjes in plaats van spaties)."
    ),
    "afkorting-zonder-uitleg": (
        "achter de afkorting {name} staat geen uitleg: de regel komt dan als tekst onder elke "
        "pagina, en de afkorting wordt nergens uitgelegd. Oplossing: schrijf de volledige naam "
        "achter de dubbele punt, bijv. '*[{name}]: volledige naam', of haal de regel weg."
    ),
    "afkorting-aanhalingstekens": (
        "de uitleg van de afkorting {name} staat tussen aanhalingstekens; de lezer ziet die "
        "tekens dan in de uitleg. Oplossing: schrijf de regel als '{fixed}'."
    ),
    "afkorting-spaties": (
        "tussen de haken van '*[{name}]' staat een spatie die op de pagina's niet bij "
        "'{written}' staat: zo vindt de site de afkorting nergens en krijgt de lezer geen "
        "uitleg. Oplossing: schrijf '{fixed}'."
    ),
    "afkorting-teken-vooraan": (
        "de uitleg van '{name}' begint met '{char}', en de lezer ziet dat teken voor de uitleg. "
        "Oplossing: schrijf '{fixed}'."
    ),
    "afkorting-leesteken": (
        "de afkorting '{name}' begint of eindigt met een leesteken: de site legt een afkorting "
        "alleen uit waar ze met een letter of cijfer begint en eindigt, dus nergens, ook al "
        "staat '{name}' op de pagina's. Oplossing: schrijf '{fixed}' (het leesteken blijft in "
        "de tekst staan)."
    ),
    "afkorting-hoofdletters": (
        "de afkorting {name} staat zo op geen enkele pagina; de pagina's schrijven '{written}'. "
        "De site legt een afkorting alleen uit waar ze precies zo staat, hoofdletters "
        "meegeteld. Oplossing: schrijf de regel als '{fixed}'."
    ),
    "afkorting-ongebruikt": (
        "de afkorting {name} komt op geen enkele pagina voor. Oplossing: verwijder deze regel "
        "(let op hoofdletters: de afkorting wordt alleen uitgelegd waar ze precies zo staat)."
    ),
    # MkDocs' own link warnings, in Dutch (link_warnings.py)
    "anker-zelf": (
        "de link '{url}' wijst naar een kop op deze pagina die niet bestaat (het deel na "
        "'#'). Oplossing: {how}, of haal de link weg."
    ),
    "anker": (
        "de link '{url}' wijst naar een kop '#{anchor}' op docs/{target}, maar die kop bestaat "
        "daar niet (meer).{meant} Oplossing: {how}, of laat het deel vanaf '#' weg."
    ),
    "anker-kop-anders": (
        "de kop op deze regel heeft het adres '#{meant}', maar {page} linkt op regel "
        "{page_line} naar '#{anchor}': een van de twee is veranderd, en die link komt niet meer "
        "bij de kop uit. Oplossing: geef de kop haar oude adres terug door achter de kop "
        "'{{ #{anchor} }}' te zetten, of verbeter de link."
    ),
    "absoluut": (
        "de link '{url}' begint met '/' en werkt daardoor niet als de site in een andere map "
        "staat.{meant} Oplossing: link naar het bestand vanaf deze pagina, bijv. "
        "'../blokken/scholing.md'."
    ),
    "map": (
        "de link '{url}' wijst naar een map, niet naar een pagina.{meant} Oplossing: link naar "
        "het .md-bestand van de pagina, bijv. 'scholing.md'."
    ),
    "bestaat-niet": (
        "de link '{url}' wijst naar een pagina die niet bestaat.{meant} Oplossing: verbeter de "
        "bestandsnaam (vanaf deze pagina, met .md), of haal de link weg."
    ),
    # Pages that render macros (macro_checks.py)
    "macro-syntaxis": (
        "de opdracht tussen {{{{ }}}} of {{% %}} op deze regel klopt niet: er ontbreekt een "
        "accolade, haakje of aanhalingsteken, of er staat er een te veel. Oplossing: "
        "vergelijk de regel met de opdrachten die er al stonden, bijv. "
        "'{{{{ blokken_overzicht() }}}}', of zet de regel terug zoals hij was."
    ),
    "macro-opmerking": (
        "op deze pagina, die gegevens invult, begint '{{#' een verborgen opmerking die pas bij "
        "'#}}' eindigt, zodat de pagina niet kan worden opgebouwd. Oplossing: zet een spatie "
        "tussen de accolade en het hekje, bijv. voor het adres van een kop: '{fixed}'."
    ),
    "macro-onbekend": (
        "'{name}' tussen {{{{ }}}} kent deze site niet, dus de pagina kan niet worden "
        "opgebouwd. Oplossing: gebruik wat de site aanbiedt ({offered}); moet "
        "'{{{{ {name} }}}}' letterlijk op de pagina staan, schrijf dan "
        "'{{{{ \"{{{{ {name} }}}}\" }}}}'."
    ),
    # Renamed and removed pages (page_redirects.py, on mkdocs.yml)
    "omleiding-verbergt": (
        "de omleiding van '{old}' staat er nog, maar de pagina {docs_prefix}{old} bestaat "
        "(weer); lezers komen dan nooit op de nieuwe plek. Oplossing: haal de regel "
        "'{old}: {new}' weg, of verwijder of hernoem de pagina."
    ),
    "omleiding-nergens": (
        "de omleiding van '{old}' wijst naar '{new}', maar die pagina bestaat niet.{hint} "
        "Oplossing: schrijf achter de dubbele punt het bestand van de nieuwe pagina, vanaf de "
        "map docs/, bijv. 'blokken/scholing.md'."
    ),
    "omleiding-oud-vorm": (
        "de omleiding noemt de oude pagina '{old}', maar een omleiding noemt het bestand "
        "vanaf de map docs/, zoals '{meant}'. Oplossing: schrijf '{meant}' vóór de dubbele "
        "punt."
    ),
    "omleiding-ontbreekt": (
        "de pagina {docs_prefix}{gone} stond op de site en is verwijderd of hernoemd zonder "
        "omleiding: bladwijzers van lezers en links van andere sites naar dat adres geven dan "
        "'pagina niet gevonden'. Oplossing: hernoem pagina's met 'scripts/rename-page oud "
        "nieuw', of zet onder 'redirect_maps:' in mkdocs.yml de regel '{gone}: <nieuwe "
        "pagina>.md' (vier spaties meer ingesprongen dan 'redirect_maps:')."
    ),
    # What reaches the reader (rendered_checks.py): syntax shown as text. {snippet} is the
    # text as it shows on the page.
    "verwijzing": (
        "'{snippet}' staat letterlijk op de pagina: de verwijzing is niet herkend (een spatie, "
        "hoofdletter of ander teken in de naam tussen de tweede [ ], of een regel van de "
        "catalogus op de pagina zelf). Oplossing: schrijf '[tekst][naam]' met precies een naam "
        "uit docs/_data/referenties.md, zonder spaties binnen de haken."
    ),
    "link-syntaxis": (
        "'{snippet}' staat letterlijk op de pagina: de link of afbeelding is niet herkend (een "
        "haakje te veel of te weinig, of een spatie tussen ] en ( ). Oplossing: schrijf "
        "'[tekst][naam]' met een naam uit docs/_data/referenties.md, of voor een afbeelding "
        "'![beschrijving](../assets/bestand.png)', zonder spatie tussen ] en (."
    ),
    "haak": (
        "'{snippet}' toont een losse rechte haak [ of ] op de pagina: een verwijzing is niet "
        "compleet (een haak te veel of te weinig). Oplossing: schrijf '[tekst][naam]', met "
        "twee paar haken en een naam uit docs/_data/referenties.md; bedoel je een haakje in de "
        "tekst, gebruik dan ronde haakjes ( ); staat hier nog een invulveld zoals '[NAAM]', "
        "vul het dan in."
    ),
    "tabel": (
        "'{snippet}' staat als losse regel op de pagina: de tabel is niet herkend. Oplossing: "
        "zet een lege regel boven de tabel en direct onder de eerste rij een scheidingsregel "
        "met evenveel kolommen, bijv. '| --- | --- |'."
    ),
    "macro": (
        "'{snippet}' staat letterlijk op de pagina: op deze pagina worden geen gegevens "
        "ingevuld (dat doen alleen pagina's met 'render_macros: true'). Oplossing: haal de "
        "accolades weg, of vraag een ontwikkelaar om hulp als hier iets ingevuld moet worden."
    ),
    "attributen-boven": (
        "'{attributes}' staat boven de alinea in plaats van eronder, zodat het als tekst op "
        "de pagina komt. Oplossing: zet deze regel direct onder de laatste regel van de "
        "alinea, zonder lege regel ertussen."
    ),
    "attributen-los": (
        "deze lege regel maakt '{attributes}' (de regel eronder) los van de alinea erboven, "
        "zodat het als tekst op de pagina komt. Oplossing: haal deze lege regel weg."
    ),
    "macro-haakjes": (
        "'{{{{ {name} }}}}' mist de haakjes: de pagina zou de naam van de functie tonen in "
        "plaats van wat zij maakt. Oplossing: schrijf '{{{{ {name}() }}}}'."
    ),
    "macro-verdwenen": (
        "hier stond '{call}', en deze pagina vult dat nu niet meer in: wat die opdracht maakt "
        "(het overzicht van de bouwblokken of de zelfscan) verdwijnt van deze pagina. "
        "Oplossing: zet de regel terug op deze plek."
    ),
    "macro-kapot": (
        "'{snippet}' staat (deels) letterlijk op de pagina: de accolades om een opdracht als "
        "'{{{{ blokken_overzicht() }}}}' zijn niet compleet. Oplossing: schrijf aan elke kant "
        "twee accolades, zonder spatie ertussen: '{{{{' en '}}}}'."
    ),
    "opmaak-onbekend": (
        "de opmaak '.{name}' bestaat niet op deze site (geen stylesheet of onderdeel kent "
        "haar), dus ze doet niets.{meant} Oplossing: schrijf de naam zoals hij elders op de "
        "site staat, of haal haar weg."
    ),
    "macro-module": (
        "de plugin 'macros' zoekt de opdrachten voor de pagina's in '{module}.py', maar dat "
        "bestand bestaat niet: geen pagina kan dan iets laten invullen (het overzicht, de "
        "zelfscan). Oplossing: zet onder '- macros:' de regel 'module_name: {meant}' (zes "
        "spaties ingesprongen)."
    ),
    "macro-argumenten": (
        "'{name}' krijgt hier iets tussen de haakjes dat de opdracht niet verwacht, zodat de "
        "pagina niet kan worden opgebouwd. Oplossing: schrijf '{{{{ {name}() }}}}', zonder iets "
        "tussen de haakjes."
    ),
    "macro-instelling": (
        "'config.{name}' bestaat niet: de site heeft die instelling niet, zodat de pagina niet "
        "kan worden opgebouwd.{meant} Oplossing: schrijf de naam van een instelling uit "
        "mkdocs.yml, bijv. 'config.site_url', of haal het stuk tussen {{{{ }}}} weg."
    ),
    "macro-ingesprongen": (
        "deze regel met '{{{{' springt in na een lege regel, zodat de site wat de opdracht "
        "maakt als code toont (een grijs vak met codes). Oplossing: begin de regel helemaal "
        "links, zonder spaties ervoor."
    ),
    "id-dubbel": (
        "het adres '#{anchor}' komt twee keer voor op de pagina, ook door deze regel: links "
        "ernaartoe vinden alleen het eerste, en schermlezers halen de twee door elkaar. "
        "Oplossing: geef het tweede een ander adres, of haal de dubbele regel weg (een "
        "opdracht als '{{{{ zelfscan_lijst() }}}}' staat maar één keer op een pagina)."
    ),
    "macro-vlag-weg": (
        "'{snippet}' (regel {at}) staat letterlijk op de pagina: het gegevensblok bovenaan "
        "mist de regel 'render_macros: true', die het invullen aanzet. Oplossing: zet direct "
        "onder de eerste regel '---' de regel 'render_macros: true'."
    ),
    "macro-uit": (
        "'{snippet}' (regel {at}) staat letterlijk op de pagina: deze regel zet het invullen "
        "van gegevens op deze pagina uit. Oplossing: schrijf hier 'render_macros: true'."
    ),
    "kader": (
        "'{snippet}' staat als tekst op de pagina: het kader is niet herkend. Oplossing: begin "
        "de regel met precies '!!! interessant \"Interessant\"' of '!!! leer-van-anderen "
        '"Leer van anderen"\', met een lege regel erboven, en laat de tekst van het kader vier '
        "spaties inspringen."
    ),
    "kop": (
        "'{snippet}' staat als gewone tekst op de pagina: de kop is niet herkend (hij staat "
        "midden in een alinea of in een kader dat niet klopt, of er staat geen spatie na de "
        "'#'). Oplossing: schrijf een spatie na de laatste '#' en zet een lege regel boven en "
        "onder de kop; in een kader springt ook de kop vier spaties in."
    ),
    "opsommingsteken": (
        "de regel begint met '{mark}', een opsommingsteken uit Word of een pdf: de site (en "
        "GitHub) maakt daar geen punt van een opsomming van, maar plakt de regel aan de tekst "
        "erboven. Oplossing: begin de regel met '- ': '{fixed}'."
    ),
    "opsomming": (
        "'{snippet}' staat als gewone tekst op de pagina: de opsomming is niet herkend. "
        "Oplossing: zet een lege regel boven de opsomming (een punt onder een punt springt vier "
        "spaties in) en begin elk punt met '- ' (of met '1. ' voor een genummerde lijst)."
    ),
    "nadruk": (
        "'{snippet}' staat letterlijk op de pagina: vet, cursief of doorhalen is niet "
        "afgesloten. Oplossing: zet de tekens aan beide kanten direct tegen het woord, bijv. "
        "'**belangrijk**', of haal ze weg."
    ),
    "woord-afgebroken": (
        "een woord is aan het eind van deze regel afgebroken met een streepje (zo staat tekst "
        "in een pdf), en de site zet op die plek een spatie: lezers zien '{shown}'. Oplossing: "
        "zet het woord op één regel: '{joined}' (of '{kept}', als het streepje bij het woord "
        "hoort)."
    ),
    "html-als-tekst": (
        "'{snippet}' staat letterlijk op de pagina: HTML-code of een teken als '&amp;' wordt "
        "hier als tekst getoond. Oplossing: haal de code weg, en schrijf een teken zelf (bijv. "
        "'&' in plaats van '&amp;')."
    ),
    "opmerking": (
        "'{snippet}' staat als tekst op de pagina: een opmerking voor redacteuren is niet "
        "goed geopend of gesloten. Oplossing: schrijf een opmerking precies als "
        "'<!-- tekst -->' (met twee streepjes aan beide kanten), of haal de regel weg."
    ),
    "attributen": (
        "'{snippet}' staat letterlijk op de pagina: opmaak tussen accolades is niet herkend. "
        "Oplossing: haal het deel tussen {{ }} weg; de opmaak van de site regelt de vormgeving."
    ),
    "gegevensblok": (
        "'{snippet}' uit het gegevensblok staat als tekst op de pagina. Oplossing: zet het "
        "gegevensblok helemaal bovenaan de pagina, tussen twee regels met alleen '---', zonder "
        "lege regel of ander teken ervoor."
    ),
    "html-los-einde": (
        "'{tag}' sluit een HTML-blok dat op deze pagina niet geopend is: op de site sluit het "
        "daardoor een deel van de site zelf af, en alles eronder komt op een verkeerde plek. "
        "Oplossing: haal '{tag}' weg (of zet het blok dat het sluit erboven terug)."
    ),
    "html-niet-gesloten": (
        "het HTML-blok '{tag}' wordt nergens gesloten met '{end}': alles eronder op deze pagina "
        "komt in dit blok te staan, en de site leest daar geen Markdown meer (sterretjes en "
        "haken komen als tekst op de pagina). Oplossing: zet '{end}' op een eigen regel onder "
        "de laatste regel die erbij hoort, of haal '{tag}' weg."
    ),
    "markdown-in-html": (
        "'{snippet}' staat letterlijk op de pagina: binnen een HTML-blok <{tag}> leest de "
        "site geen Markdown (GitHub's voorbeeldweergave soms wel). Oplossing: schrijf op deze "
        "regel '<{tag} markdown>' in plaats van '<{tag}>', of haal de HTML-regels weg."
    ),
    "data-opmaak": (
        "'{snippet}' staat letterlijk op de pagina's: de teksten in dit bestand worden "
        "zonder opmaak getoond (geen vet, cursief of links). Oplossing: schrijf de tekst "
        "zonder die tekens: '{fixed}'."
    ),
    "data-opmaak-teken": (
        "'{snippet}' staat letterlijk op de pagina's: de teksten in dit bestand worden "
        "zonder opmaak getoond. Oplossing: haal de tekens weg die als opmaak bedoeld zijn."
    ),
    "regel-als-tekst": (
        "'{snippet}' komt van deze regel op elke pagina als tekst te staan: de regel is geen "
        "geldige regel van dit bestand. Oplossing: schrijf de regel zoals de andere regels van "
        "het bestand (verwijzing: '[naam]: https://... \"Titel\"'; afkorting: '*[AFK]: "
        "uitleg'), of haal hem weg."
    ),
    # What reaches the reader: words that vanish ({words} lists them)
    "code-blok": (
        "'{snippet}' staat op de pagina als code (een grijs vak in typemachineletters, zonder "
        "regelafbreking): de regel begint met 4 spaties of een tab, of staat tussen regels met "
        "```. Oplossing: haal de spaties of de tab vooraan de regel weg (en de regels met ```); "
        "hoort de regel bij een lijstpunt, begin hem dan met '- '."
    ),
    "verloren-opmerking": (
        "vanaf deze regel verdwijnt de rest van de pagina ({words} ...): hier begint een "
        "opmerking met '<!--' die nergens met '-->' wordt gesloten. Oplossing: zet '-->' "
        "direct achter de tekst van de opmerking, of haal '<!--' weg."
    ),
    "codeblok-open": (
        "hier begint een codeblok met '{mark}' dat nergens wordt gesloten: in GitHub's "
        "voorbeeldweergave wordt de rest van de pagina code, en op de site staan de tekens "
        "'{mark}' als tekst bij {words}. Oplossing: zet na de laatste regel van de code een "
        "regel met alleen '{mark}', of haal deze regel weg (een voorstel uit GitHub, "
        "'```suggestion', hoort niet op de pagina)."
    ),
    "verloren-opmerking-tot": (
        "vanaf deze regel tot regel {end} verdwijnt tekst van de pagina ({words} ...): hier "
        "begint een opmerking met '<!--' die niet wordt gesloten, en pas eindigt bij de '-->' "
        "van een opmerking verderop. Oplossing: zet '-->' direct achter de tekst van deze "
        "opmerking, of haal '<!--' weg."
    ),
    "verloren-punthaken": (
        "op deze regel verdwijnt tekst van de pagina ({words}): '{tag}' wordt gelezen als "
        "HTML-code (tekst tussen punthaken). Oplossing: schrijf '{escaped}' (de site toont dan de "
        "punthaken), of laat de punthaken weg."
    ),
    "verloren-definitie": (
        "deze regel verdwijnt van de pagina ({words}): een regel die begint met '[tekst]:' "
        "wordt gelezen als de definitie van een verwijzing. Oplossing: zet geen dubbele punt "
        "direct na ']' aan het begin van een regel, bijv. 'Let op: ...' zonder haken; een "
        "webadres hoort in docs/_data/referenties.md."
    ),
    "verloren-tabelcel": (
        "op deze regel verdwijnt tekst van de pagina ({words}): deze rij van de tabel heeft "
        "{cells} cellen en de kop (regel {header}) maar {columns}, en wat na de laatste kolom "
        "staat, laten de site en GitHub weg. Oplossing: staat er een '|' in de tekst van een "
        "cel, schrijf die dan als '\\|'; anders: breng de rij terug tot {columns} cellen, of zet "
        "in de kop en in de scheidingsregel eronder evenveel kolommen als in deze rij."
    ),
    "attributen-open": (
        "'{snippet}' staat letterlijk op de pagina: de accolade wordt niet gesloten, dus de "
        "site leest het niet als adres of opmaak. Oplossing: sluit de accolade: '{fixed}'."
    ),
    "verloren-tekst": (
        "op deze regel verdwijnt tekst van de pagina ({words}): iets op de regel wordt als "
        "opmaak gelezen. Oplossing: vergelijk de regel met GitHub's "
        "voorbeeldweergave en haal punthaken < >, vierkante haken [ ] en accolades {{ }} weg "
        "die niet bij een link horen."
    ),
    # Raw HTML that would harm readers or their privacy
    "html-script": (
        "een <script> voert code uit bij iedere lezer; dat kan de site en haar lezers "
        "schaden. Oplossing: haal het <script>-blok weg; vraag een ontwikkelaar als de pagina "
        "iets interactiefs nodig heeft."
    ),
    "html-insluiten": (
        "een ingesloten <{tag}> (zoals een YouTube-video) laadt een andere site in de pagina; "
        "zo'n verzoek vertelt de andere site wie de pagina leest, en de privacyverklaring "
        "belooft dat dat niet gebeurt. Oplossing: zet er een gewone link neer, bijv. "
        "'[Bekijk de video][naam]', met het adres in docs/_data/referenties.md."
    ),
    "html-niet-in-pagina": (
        "een <{tag}> hoort niet in de tekst van een pagina: het verandert de hele pagina of "
        "stuurt gegevens naar een andere site. Oplossing: haal het weg; de opmaak van de site "
        "regelt de vormgeving."
    ),
    "html-code-attribuut": (
        "het attribuut '{name}' voert code uit bij iedere lezer. Oplossing: haal "
        "'{name}=\"...\"' weg."
    ),
    "html-code-adres": (
        "een adres dat met 'javascript:' of 'data:' begint voert code uit of verbergt inhoud. "
        "Oplossing: gebruik een gewoon webadres (https://...)."
    ),
    "pagina-bestandsnaam": (
        "de naam van dit bestand eindigt {ending}, en de site maakt alleen een pagina van "
        "een bestand dat op '.md' eindigt (kleine letters): dit bestand komt er zoals het is "
        "op, zonder menu en zonder opmaak. Oplossing: geef het bestand de naam '{name}' (in "
        "GitHub: open het bestand, klik op het potlood en pas de naam bovenaan aan)."
    ),
    "bestand-nodig-weg": (
        "dit bestand ontbreekt, maar de site heeft het nodig: {why}. Oplossing: zet het terug "
        "zoals het op main staat (open het op GitHub op de tak main, kopieer de inhoud en maak "
        "in je wijziging een bestand met precies deze naam en die inhoud), of vraag een "
        "ontwikkelaar; heb je het hernoemd, geef het dan zijn oude naam terug."
    ),
    "bestand-nodig-leeg": (
        "dit bestand is leeg, maar de site heeft het nodig: {why}. Oplossing: zet de inhoud "
        "terug zoals het bestand op main is (open het daar op GitHub en kopieer de inhoud), of "
        "vraag een ontwikkelaar."
    ),
    "bestand-los": (
        "dit bestand komt op de openbare site, maar geen pagina linkt ernaar: wie het adres "
        "kent of raadt, kan het downloaden. Oplossing: staat er iets in dat niet openbaar mag "
        "(een ingevulde zelfscan, namen of cijfers van een regio, een concept), haal het "
        "bestand dan weg; is het voor lezers bedoeld, link er dan naar vanaf een pagina, "
        "bijv. vanaf een pagina in docs/blokken/: '[Download het bestand](../{name})'."
    ),
    "afbeelding-zwaar": (
        "deze afbeelding is {size} MB groot: op een telefoon laadt de pagina daardoor lang, en "
        "het kost lezers hun mobiele data. Oplossing: maak de afbeelding kleiner dan 1 MB (liefst "
        "rond 200 kB), bijv. door hem 1600 pixels breed te maken ('Formaat wijzigen' in Foto's "
        "of Paint) en een foto als .jpg op te slaan; zet het kleinere bestand met dezelfde naam "
        "in de plaats van dit bestand."
    ),
    "afbeelding-formaat": (
        "de afbeelding '{src}' is een {suffix}-bestand, en dat formaat tonen browsers niet: "
        "lezers zien een leeg vak. Oplossing: sla de afbeelding op als .png of .jpg (met "
        "'Opslaan als' of 'Exporteren' in het programma waarin hij gemaakt is), zet dat "
        "bestand in docs/assets/ en verwijs ernaar."
    ),
    "html-andere-site": (
        "'{address}' wordt van een andere site geladen zodra iemand de pagina opent; zo'n "
        "verzoek vertelt de andere site wie de pagina leest, en de privacyverklaring belooft "
        "dat dat niet gebeurt. Oplossing: zet het bestand in de map docs/assets/ en verwijs "
        "ernaar met een relatief pad, bijv. '![Beschrijving](../assets/plaatje.png)', of maak "
        "er een gewone link van."
    ),
    "html-opmaak-andere-site": (
        "de opmaak in 'style' laadt iets van een andere site; zo'n verzoek vertelt de andere "
        "site wie de pagina leest, en de privacyverklaring belooft dat dat niet gebeurt. "
        "Oplossing: haal 'style=\"...\"' weg."
    ),
    # The data file of building blocks (docs/_data/blokken.yml, blocks_data.py)
    "data-ontbreekt": (
        "het bestand met de bouwblokken ontbreekt. Oplossing: zet het terug (zie de "
        "geschiedenis in git) of maak het aan volgens CONTRIBUTING.md."
    ),
    "data-geen-utf8": (
        "het bestand is niet als UTF-8 opgeslagen (waarschijnlijk {guess}). Oplossing: sla het "
        "op als UTF-8, of plak de tekst in GitHub's webeditor en sla het daar op."
    ),
    "data-krulquotes": (
        "de YAML is ongeldig ({problem}). Oplossing: vervang “ en ” door een recht "
        'aanhalingsteken ", of laat ze weg.'
    ),
    "data-yaml": (
        "de YAML is ongeldig ({problem}). Oplossing: controleer op die regel (of de regel "
        "erboven) de inspringing met spaties, de dubbele punt na de veldnaam en "
        "aanhalingstekens rond tekst met een ':' of '#'."
    ),
    "yaml-na-aanhalingsteken": (
        "na het sluitende aanhalingsteken van de waarde staat nog tekst ('{rest}'); YAML "
        "kan de regel daardoor niet lezen. Oplossing: zet de hele waarde tussen "
        "aanhalingstekens: '{fixed}'."
    ),
    "data-leeg": "het bestand is leeg. Oplossing: begin met 'blokken:'.",
    "data-ingeslikt-punt": (
        "deze regel begint met '- ' maar wordt deel van de tekst van het punt erboven, omdat "
        "ze verder inspringt. Oplossing: laat elk punt van een lijst precies even ver "
        "inspringen als de andere punten."
    ),
    "data-inspringing": (
        "deze regel springt {spaces} spaties in, en daardoor klopt de opbouw van de lijst "
        "niet. Oplossing: laat de regel {needed} spaties inspringen, even ver als de punten "
        "erboven of eronder (een subpunt springt verder in, onder 'subpunten:')."
    ),
    "data-streepje-ontbreekt": (
        "hier begint een nieuw blok, maar '- ' voor '{key}:' ontbreekt, zodat het vastzit aan "
        "het blok erboven (dat begint op regel {first}). Oplossing: begin elk blok met een "
        "streepje en een spatie: '  - {key}: ...', precies zo ingesprongen als de andere "
        "blokken."
    ),
    "data-veld-opmerking": (
        "het verplichte veld '{missing}' staat hier achter een '#', dus YAML leest de regel "
        "als opmerking en het veld ontbreekt. Oplossing: haal het '#' vooraan de regel weg."
    ),
    "data-id-uitgezet": (
        "de id van dit kernpunt staat achter een '#', en wat daarachter staat leest YAML niet: "
        "het kernpunt heeft zo geen id, en opgeslagen zelfscans vinden het niet meer terug. "
        "Oplossing: haal de '#' weg: '{fixed}'."
    ),
    "data-regel-uitgezet": (
        "deze regel is met '#' uitgezet, maar de regels eronder horen erbij: nu horen ze "
        "nergens bij en kan YAML het bestand niet lezen. Oplossing: wil je dit punt weghalen, "
        "zet dan ook voor de regels die erbij horen een '#' (of haal ze weg) en zet een id "
        "onder 'vervallen_kernpunten'; anders haal de '#' weg."
    ),
    "data-punt-uitgezet": (
        "deze regel is met '#' uitgezet, maar de regels eronder niet: die horen nu bij het punt "
        "erboven, dat daardoor twee keer '{key}' heeft. Oplossing: wil je dit punt weghalen, "
        "haal dan ook de regels eronder weg (of zet er ook '#' voor) en zet de id onder "
        "'vervallen_kernpunten'; anders haal de '#' weg."
    ),
    "data-veld-dubbel": (
        "het veld '{key}' staat twee keer in hetzelfde blok (ook op regel {first}). "
        "Oplossing: houd één van beide over."
    ),
    "data-kernpunt-veld-ontbreekt": (
        "het verplichte veld '{missing}' van een kernpunt ontbreekt. Oplossing: elk kernpunt "
        "heeft 'id' en 'tekst' (zie de andere kernpunten)."
    ),
    "data-kernpunt-id-vorm": (
        "de kernpunt-id '{value}' is ongeldig. Oplossing: schrijf 'k', een volgnummer, een "
        "streepje en een korte naam in kleine letters, bijv. 'k07-binnen-eigen-praktijk'."
    ),
    "data-dubbel-in-lijst": (
        "een id staat twee keer onder '{field}'. Oplossing: houd er één van over."
    ),
    "data-veld-ontbreekt": (
        "het verplichte veld '{missing}' ontbreekt. Oplossing: voeg '{missing}: ...' toe; elk "
        "blok heeft {fields}."
    ),
    "data-onbekend-veld": (
        "onbekend veld '{unknown}'.{guess} Oplossing: controleer de spelling; toegestaan zijn: "
        "{allowed}."
    ),
    "data-id-vorm": (
        "de id '{value}' is ongeldig. Oplossing: gebruik alleen kleine letters, cijfers en "
        "streepjes, bijv. 'nieuw-blok'."
    ),
    "data-pagina-vorm": (
        "de pagina '{value}' is geen geldig bestand.{hint} Oplossing: geef het pad vanaf "
        "docs/, met kleine letters en .md, bijv. 'blokken/nieuw-blok.md'."
    ),
    "data-volgorde-vorm": (
        "de volgorde '{value}' is geen geheel getal vanaf 1. Oplossing: schrijf een getal "
        "zonder aanhalingstekens, bijv. 'volgorde: 10'."
    ),
    "data-lijst-leeg": (
        "de lijst '{field}' is leeg. Oplossing: zet er minstens één punt in (regel met '- ')."
    ),
    "data-punt-leeg": (
        "dit punt van '{field}' is leeg: na '- ' staat geen tekst. Oplossing: schrijf de tekst "
        "achter '- ', of haal de regel weg."
    ),
    "data-veld-leeg": "het veld '{field}' is leeg. Oplossing: vul de tekst in.",
    "data-geen-tekst": (
        "YAML leest '{written}' als {read_as}, niet als tekst. Oplossing: zet de waarde "
        "tussen aanhalingstekens: '{fixed}'."
    ),
    "data-soort": "{name} moet {expected} zijn. Oplossing: zie het voorbeeld bovenaan het bestand.",
    "data-anders": (
        "{field} past niet in de opbouw van het bestand. Oplossing: vergelijk met de andere "
        "blokken in het bestand."
    ),
    "data-id-ontbreekt": (
        "het kernpunt '{text}' heeft geen id. Oplossing: schrijf het als '- id: {id}' met op de "
        "regel eronder 'tekst: ...' (zie de andere kernpunten); gebruik een id die nog nergens "
        "in het bestand staat, ook niet onder 'vervallen_kernpunten'."
    ),
    "data-id-dubbel": (
        "de kernpunt-id '{id}' komt ook voor op regel {first}. Oplossing: geef één van beide "
        "kernpunten een nieuwe id, bijv. '{suggestion}': een id die nog nergens in het "
        "bestand staat, ook niet onder 'vervallen_kernpunten'."
    ),
    "data-nummer-dubbel": (
        "het kernpunt '{id}' heeft hetzelfde nummer als '{other}' (regel {first}); de zelfscan "
        "en het actieplan tonen dan twee keer {number}. Oplossing: geef het kernpunt dat je "
        "toevoegde een nieuw nummer, bijv. '{suggestion}' (het volgende vrije nummer)."
    ),
    "data-id-vervallen": (
        "de kernpunt-id '{id}' is vervallen (regel {retired_line}, onder "
        "'vervallen_kernpunten') en mag niet opnieuw worden gebruikt: een bewaarde zelfscan "
        "zou het oude kernpunt aan dit punt koppelen. Oplossing: geef het kernpunt een nieuwe "
        "id, bijv. '{suggestion}'."
    ),
    "data-vervallen-in-gebruik": (
        "de id '{id}' staat onder 'vervallen_kernpunten', maar het kernpunt met die id staat "
        "nog in het bestand (regel {at}). Oplossing: blijft het kernpunt, haal dan deze regel "
        "weg; verwijder je het kernpunt, laat deze regel dan staan en haal het kernpunt weg."
    ),
    "data-blok-dubbel": (
        "{field} '{value}' komt ook voor bij blok '{other}' (regel {other_line}). Oplossing: "
        "geef elk blok een eigen {field}."
    ),
    "data-pagina-ontbreekt": (
        "de pagina '{page}' (in de map docs/) bestaat niet.{guess} Oplossing: maak de pagina "
        "aan met scripts/new-block, of verbeter 'pagina:'."
    ),
    "kop-spatie": (
        "na het '#' van de kop van de pagina staat geen gewone spatie, zodat de site de regel "
        "als tekst toont en de pagina geen titel heeft. Oplossing: begin de regel met '# ' "
        "(hekje, spatie) en dan de titel."
    ),
    "kop-ingesprongen": (
        "de kop van de pagina begint met spaties of een tab, zodat de site hem als tekst of "
        "code toont en de pagina geen titel heeft. Oplossing: laat de regel direct met '# ' "
        "beginnen."
    ),
    "kop-titel": (
        "deze kop wijkt af van de titel van dit bouwblok in {data} (regel {line_in_data}: "
        "'{title}'). Oplossing: maak deze kop en die titel gelijk (wijzigde je de kop niet "
        "bewust, zet hem dan terug als '# {title}')."
    ),
    "kernpunt-id-gewijzigd": (
        "dit kernpunt had de id '{old}'; je hebt hem veranderd in '{new}'. Een opgeslagen "
        "zelfscan onthoudt zijn status en notitie bij de oude id, dus die zouden verdwijnen. "
        "Oplossing: zet de oude id terug: 'id: {old}' (een id verandert nooit, ook niet als de "
        "tekst verandert)."
    ),
    "kernpunt-verwijderd": (
        "het kernpunt '{id}' ('{shown}') is verwijderd, maar zijn id staat niet onder "
        "'{retired}'. Oplossing: zet '- {id}' onder '{retired}' {where}, zodat oude "
        "zelfscans het als vervallen tonen en de id nooit opnieuw wordt gebruikt."
    ),
    "data-titel-kop": (
        "de titel wijkt af van de kop van 'docs/{page}' (titel: '{title}', kop: '{heading}'). "
        "Oplossing: maak de titel in dit bestand en de regel '# ...' op de pagina gelijk."
    ),
    # A check or command that failed in a way nobody foresaw
    "build-vast": (
        "de site kan niet gebouwd worden door '{value}' op deze regel: wat daar staat, kan de "
        "build niet gebruiken. Oplossing: vergelijk de regel met de vorige versie (GitHub: "
        "'History' van het bestand) en zet terug wat je veranderde; is het zo bedoeld, vraag "
        "dan een ontwikkelaar om hulp."
    ),
    "interne-fout": (
        "bij het controleren van dit bestand ging in de controle zelf iets mis (dat is geen "
        "fout van jou). Oplossing: meld het aan een ontwikkelaar, met een link naar je "
        "wijziging; zet intussen je laatste wijziging in dit bestand terug om te zien of het "
        "daardoor komt."
    ),
    # YAML files (mkdocs.yml, front matter, the data file) and mkdocs.yml (config_checks.py)
    "yaml-krulquotes": (
        "de YAML is ongeldig (krullende aanhalingstekens “ ” of ‘ ’, bijvoorbeeld uit Word, "
        'rond een waarde). Oplossing: vervang ze door rechte aanhalingstekens ", of laat ze '
        "weg."
    ),
    "yaml-dubbel": (
        "'{key}' staat twee keer op hetzelfde niveau (ook op regel {first}); alleen de laatste "
        "telt. Oplossing: houd één van beide regels over."
    ),
    "config-geen-blok": (
        "mkdocs.yml bestaat niet uit regels 'naam: waarde'. Oplossing: zet de vorige versie "
        "van mkdocs.yml terug (GitHub: 'History'), of vraag een ontwikkelaar om hulp."
    ),
    "config-waarde": ("'{key}: {value}' kan de site niet gebruiken. Oplossing: schrijf {example}."),
    "config-beschermd": ("'{key}: {value}' {what}: {why}. Oplossing: schrijf {example}."),
    "config-beschermd-item": (
        "'- {item}' onder '{key}:' {what}: {why}. Oplossing: haal de regel '- {item}' weg."
    ),
    "config-beschermd-weg": (
        "de instelling '{key}' ontbreekt in mkdocs.yml: {why}. Oplossing: zet terug: {example}."
    ),
    "config-zoektaal": (
        "de zoekfunctie kent de taal '{value}' niet: zoeken werkt dan niet op de site.{guess} "
        "Oplossing: schrijf de code van de taal, voor Nederlands 'nl'."
    ),
    "config-zoekscheiding": (
        "het patroon achter 'separator' van de zoekfunctie is ongeldig ({reason}): zoeken "
        "werkt dan niet op de site. Oplossing: zet de regel terug zoals in de vorige versie van "
        "mkdocs.yml (GitHub: 'History')."
    ),
    "config-plugin-dubbel": (
        "de plugin '{name}' staat twee keer onder 'plugins:' (ook op regel {first}). Oplossing: "
        "haal deze regel weg (met de instellingen eronder, als ze die heeft)."
    ),
    "config-plugin-vorm": (
        "dit punt onder 'plugins:' noemt meer dan één plugin of instelling op één niveau. "
        "Oplossing: begin elke plugin met '- naam:' en laat haar instellingen daaronder vier "
        "spaties verder inspringen dan de naam."
    ),
    "config-onbekende-plugin": (
        "de plugin '{name}' bestaat niet op deze site.{guess} Oplossing: verbeter de naam, of "
        "haal de regel weg (plugins toevoegen doet een ontwikkelaar)."
    ),
    "config-onbekende-uitbreiding": (
        "de Markdown-uitbreiding '{name}' bestaat niet op deze site.{guess} Oplossing: verbeter "
        "de naam, of haal de regel weg (uitbreidingen toevoegen doet een ontwikkelaar)."
    ),
    "config-uitbreiding-optie": (
        "de Markdown-uitbreiding '{name}' kent de instelling '{option}' niet. Oplossing: "
        "verbeter de naam (vergelijk met de vorige versie van mkdocs.yml), of haal de regel weg."
    ),
    "config-uitbreiding-waarde": (
        "een instelling van de Markdown-uitbreiding '{name}' heeft een waarde van de verkeerde "
        "soort. Oplossing: schrijf de waarde zoals in de vorige versie van mkdocs.yml (aan of "
        "uit: true of false)."
    ),
    "config-plugin-optie": (
        "de plugin '{plugin}' kent de instelling '{option}' niet. Oplossing: verbeter de naam "
        "(vergelijk met de vorige versie van mkdocs.yml), of haal de regel weg."
    ),
    "config-plugin-waarde": (
        "de instelling '{option}' van de plugin '{plugin}' moet {expected} zijn. Oplossing: "
        "schrijf de waarde zoals in de vorige versie van mkdocs.yml."
    ),
    "config-extra-onbekend": (
        "de site leest de instelling '{key}' onder 'extra:' niet, dus deze regel verandert "
        "niets.{guess} Oplossing: verbeter de naam, of haal de regel weg."
    ),
    "config-extra-volgen": (
        "'{key}' onder 'extra:' zet een bezoekersteller (zoals Google Analytics) in de browser "
        "van elke lezer, en de privacyverklaring belooft dat de site lezers niet volgt. "
        "Oplossing: haal '{key}:' en de regels eronder weg."
    ),
    "config-taal": (
        "het thema kent de taal '{name}' niet (er zijn geen vertalingen voor).{guess} "
        "Oplossing: schrijf 'language: custom' (de Nederlandse teksten van deze site)."
    ),
    "config-onbekende-functie": (
        "het thema kent de functie '{name}' niet en slaat haar zonder melding over.{guess} "
        "Oplossing: verbeter de naam (vergelijk met de vorige versie van mkdocs.yml), of haal "
        "de regel weg."
    ),
    "config-opmaak": (
        "het opmaakbestand '{css}' in docs/ wordt niet geladen: onder 'extra_css:' ontbreekt "
        "de regel ervoor, zodat de site zonder haar eigen kleuren en printopmaak verschijnt. "
        "Oplossing: zet hier de regel '  - {css}' (onder 'extra_css:')."
    ),
    "config-andere-site": (
        "'{address}' wordt bij elke pagina van een andere site geladen; zo'n verzoek vertelt "
        "de andere site wie de pagina leest, en de privacyverklaring belooft dat dat niet "
        "gebeurt. Oplossing: zet het bestand in de map docs/assets/ en schrijf hier het pad "
        "vanaf docs/ (bijv. 'assets/javascripts/naam.js'), of haal de regel weg."
    ),
    "config-bestand-weg": (
        "het bestand '{path}' (onder '{key}') staat niet in docs/, dus elke pagina vraagt om "
        "een bestand dat er niet is en mist wat erin staat.{guess} Oplossing: schrijf het pad "
        "vanaf de map docs/ zoals het bestand heet, of haal de regel weg."
    ),
    "config-onbekend": (
        "mkdocs.yml kent de instelling '{key}' niet.{guess} Oplossing: verbeter de naam of "
        "de inspringing (een instelling onder 'extra:' springt twee spaties in), of haal de "
        "regel weg."
    ),
    "config-nav-pagina": (
        "het menu ('nav:') noemt de pagina '{page}', maar die staat niet in docs/.{guess} "
        "Oplossing: schrijf het pad vanaf de map docs/ zoals het bestand heet, of haal de "
        "regel weg."
    ),
    "config-nav-leeg": (
        "het menu-item '{title}' heeft geen pagina: achter '{title}:' staat niets. Oplossing: "
        "zet de pagina erachter, vanaf de map docs/ ('- {title}: map/pagina.md'), of haal de "
        "regel weg."
    ),
    "config-pad-weg": (
        "'{path}' onder '{key}:' bestaat niet: er is geen bestand of map met die naam. "
        "Oplossing: schrijf de naam zoals het bestand heet (vanaf de map van mkdocs.yml), of "
        "haal de regel weg."
    ),
    "config-fout": (
        "de instelling '{key}' in mkdocs.yml wordt niet geaccepteerd. Oplossing: zet deze "
        "regel terug zoals hij in de vorige versie stond (GitHub: 'History' van mkdocs.yml), "
        "of vraag een ontwikkelaar om hulp."
    ),
    "yaml-inspringing": (
        "deze regel springt {spaces} spaties in, en daardoor klopt de opbouw van het bestand "
        "niet. Oplossing: laat de regel {needed} spaties inspringen, even ver als de regels "
        "erboven of eronder die bij hetzelfde onderdeel horen."
    ),
    "yaml-streepje": (
        "deze regel begint een nieuw punt van een lijst, maar het streepje '- ' ontbreekt "
        "ervoor, zodat YAML de regels eronder niet kan lezen. Oplossing: schrijf de regel als "
        "'{item}'."
    ),
    "yaml-leeg-teken": (
        "deze regel hoort bij de naam op regel {at}, maar daar staat '{{}}' of '[]' achter, "
        "en dat betekent 'leeg': de regels eronder kunnen er niet bij horen. Oplossing: haal "
        "op regel {at} '{{}}' of '[]' weg: '{fixed}'."
    ),
    "yaml-harde-spatie": (
        "na de dubbele punt of het streepje op deze regel staat een harde spatie (uit Word of "
        "een website) in plaats van een gewone: YAML leest naam en waarde dan als één woord. "
        "Oplossing: typ daar een gewone spatie: '{fixed}'."
    ),
    "yaml-tab": (
        "deze regel springt in met een tab, en YAML kent alleen spaties. Oplossing: laat de "
        "regel {how}, zoals de regels eromheen: '{fixed}'."
    ),
    "yaml-spatie": (
        "na de dubbele punt op deze regel staat geen spatie, zodat YAML naam en waarde als één "
        "tekst leest. Oplossing: zet een spatie na de dubbele punt: '{fixed}'."
    ),
    "yaml-dubbele-punt": (
        "na de naam op deze regel ontbreekt de dubbele punt, zodat de regels eronder er niet "
        "bij horen. Oplossing: zet een dubbele punt aan het eind: '{fixed}'."
    ),
    "yaml-dubbele-punt-naam": (
        "tussen de naam en de waarde op deze regel ontbreekt de dubbele punt, zodat YAML ze "
        "als één tekst leest. Oplossing: zet een dubbele punt direct na de naam: '{fixed}'."
    ),
    "yaml-dubbele-punt-waarde": (
        "midden in of aan het eind van de waarde op deze regel staat een dubbele punt met een "
        "spatie of het regeleinde erna, en YAML leest wat ervoor staat als een naam. "
        "Oplossing: zet de tekst met die dubbele punt tussen aanhalingstekens: '{fixed}'."
    ),
    "config-nav-blok": (
        "de pagina '{page}' is een bouwblok en staat al in het menu onder 'Bouwblokken' (uit "
        "docs/_data/blokken.yml): zo verschijnt ze twee keer. Oplossing: haal deze regel weg."
    ),
    "config-nav-dubbel": (
        "de pagina '{page}' staat twee keer in het menu (ook op regel {first}): ze verschijnt "
        "dan twee keer, en 'Vorige' en 'Volgende' lopen in een kring. Oplossing: haal een van "
        "de twee regels weg."
    ),
    "yaml-teken": (
        "de waarde begint met {char}, een teken dat in YAML iets betekent: YAML leest de "
        "tekst daardoor niet (helemaal) als tekst. Oplossing: zet de hele waarde tussen "
        "aanhalingstekens: '{fixed}'."
    ),
    "yaml-hekje": (
        "van de waarde blijft alleen '{kept}' over: YAML leest alles vanaf ' #' als "
        "opmerking, dus '{lost}' verdwijnt. Oplossing: zet de hele waarde tussen "
        "aanhalingstekens: '{fixed}'."
    ),
    # The file as characters (characters.py)
    "conflict-markering": (
        "deze regel ('{marker}') is een overblijfsel van een samenvoegconflict: twee "
        "wijzigingen van dezelfde regels kwamen samen, en git zette beide versies in het "
        "bestand. Oplossing: kies welke versie blijft, en haal de andere versie en de regels "
        "met '<<<<<<<', '=======' en '>>>>>>>' weg."
    ),
    "teken-onzichtbaar": (
        "op deze regel staat een teken dat je niet ziet: '{shown}' (vaak meegekomen bij "
        "kopiëren uit Word, Outlook of een website); het kan een naam of link onherkenbaar "
        "maken. Oplossing: vervang de regel door '{clean}', of typ het stuk rond het teken "
        "opnieuw."
    ),
    "teken-onleesbaar": (
        "op deze regel staat een onleesbaar teken: '{shown}'; daar ging bij een eerdere keer "
        "opslaan een letter verloren. Oplossing: typ het woord met het teken opnieuw."
    ),
    "teken-verminkt": (
        "'{found}' is verminkte tekst: zo ziet '{meant}' eruit als een bestand in de verkeerde "
        "codering is opgeslagen. Oplossing: vervang '{found}' door '{meant}'."
    ),
    # What GitHub's preview shows differently (github_preview.py)
    "html-markdown": (
        "de opmaak tussen '{start_tag}' en '</{tag}>' (vanaf regel {start}) toont GitHub als "
        "opmaak, maar de site laat die tekst zien zoals hij er staat, met sterretjes, haken en "
        "streepjes. Oplossing: schrijf op regel {at} '{fixed}' in plaats van '{start_tag}'."
    ),
    "enkele-tilde": (
        "GitHub toont '{inner}' doorgestreept, omdat er aan beide kanten één tilde (~) staat; "
        "de site laat '{shown}' zien zoals het er staat. Oplossing: wil je doorstrepen, "
        "schrijf dan '~~{inner}~~'; bedoel je de tilde zelf (bijv. '~5' voor 'ongeveer 5'), "
        "schrijf dan '\\~{inner}\\~' of schrijf 'ongeveer'."
    ),
    "backslash": (
        "GitHub toont de backslash (\\) in '{shown}', de site laat hem weg. Oplossing: schrijf "
        "twee backslashes: '{doubled}'."
    ),
    "citaten": (
        "het citaat op regel {at} volgt met alleen lege regels op het citaat erboven: GitHub "
        "toont twee citaten, de site voegt ze samen tot één. Oplossing: zet boven regel {at} "
        "een regel '<!-- -->' met een lege regel erboven en eronder (die regel ziet de lezer "
        "niet), of een regel gewone tekst."
    ),
    "lijstteken-boven": (
        "de opsomming op regel {at} begint met '{markup}', die eronder met '-': GitHub toont "
        "twee opsommingen, de site één. Oplossing: begin op regel {at} elk punt met '- ', "
        "zoals overal in de toolkit."
    ),
    "lijstteken": (
        "de opsomming op regel {at} begint met '{markup}', die erboven met '{before}': GitHub "
        "toont twee opsommingen, de site één. Oplossing: begin op regel {at} elk punt met "
        "'{before} ', net als erboven."
    ),
}
