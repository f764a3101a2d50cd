// Suomi: samat avaimet kuin en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Siirry viestikenttään",
  "page.newChat": "Uusi keskustelu",
  "page.language": "Kieli",
  "page.privacyLead": "Yksityisyytesi:",
  "page.privacyText":
    "viestiesi henkilötiedot (nimet, yhteystiedot, pankki- ja henkilötunnukset) korvataan paikkamerkeillä " +
    "ennen kuin ne päätyvät tekoälymallille; vastauksissa näet edelleen omat tietosi. Keskusteluasi " +
    "käsitellään ja säilytetään vain tämän palvelun alueella.",
  "page.conversation": "Keskustelu",
  "page.empty":
    "Aloita kysymällä jotain. Keskustelu säilyy tässä selaimen välilehdessä, kunnes suljet sen tai aloitat " +
    "uuden keskustelun.",
  "page.messages": "Viestit",
  "page.composerLabel": "Viestisi",
  "page.send": "Lähetä",
  "page.stop": "Pysäytä",
  "page.composerHint": "Enter lähettää, Vaihto+Enter aloittaa uuden rivin, Esc pysäyttää vastauksen.",

  "rights.download": "Lataa",
  "rights.downloadText": "Luettava teksti (.txt)",
  "rights.downloadJson": "Tiedot (.json)",
  "rights.downloaded": "Keskustelu ladattiin.",
  "rights.downloadFailed": "Keskustelua ei voitu ladata. Yritä hetken kuluttua uudelleen.",
  "rights.fileTitle": "Keskustelu, ladattu {date}",
  "rights.delete": "Poista tämä keskustelu",
  "rights.confirmTitle": "Poistetaanko tämä keskustelu?",
  "rights.confirmText":
    "Sen viestit ja niiden kanssa säilytetyt henkilötiedot poistetaan palvelusta heti. Toimintoa ei voi " +
    "perua; voit ladata keskustelun ensin.",
  "rights.confirmDelete": "Poista",
  "rights.cancel": "Peruuta",
  "rights.deleted": "Keskustelu poistettiin palvelusta.",
  "rights.deleteFailed": "Keskustelua ei voitu poistaa. Yritä hetken kuluttua uudelleen.",

  "role.user": "Sinä",
  "role.assistant": "Avustaja",
  "role.system": "Ilmoitus",
  "msg.typing": "Avustaja kirjoittaa",
  "msg.stopped": "Pysäytetty",
  "msg.incomplete": "Keskeneräinen vastaus",
  "msg.emptyAnswer": "Avustaja antoi tyhjän vastauksen.",
  "msg.errorCode": "Virhekoodi: {code}",
  "msg.retry": "Yritä uudelleen",
  "msg.tokens": { one: "{count} tokeni", other: "{count} tokenia" },
  "msg.restoredFailed": "Tämä vastaus jäi kesken. Voit lähettää kysymyksen uudelleen.",
  "msg.restoredUnanswered": "Viimeiseen viestiisi ei vastattu. Voit lähettää sen uudelleen.",
  "tool.using": "Käytetään työkalua: {tool}…",
  "tool.loan_calculator": "lainalaskuri",
  "tool.other": "Käytetään työkalua ({name})…",
  "msg.toolsUsed": "Käytetyt työkalut: {tools}",

  "status.sent": "Viesti lähetetty. Avustaja vastaa.",
  "status.complete": "Vastaus on valmis.",
  "status.stopped": "Pysäytit vastauksen.",
  "status.failed": "Vastaus epäonnistui.",
  "status.loading": "Keskustelua ladataan.",
  "status.loaded": "Keskustelu on ladattu.",
  "status.newChat": "Uusi keskustelu aloitettu.",

  "history.gone": "Edellinen keskustelusi ei ole enää saatavilla. Seuraava viestisi aloittaa uuden keskustelun.",
  "history.failed": "Aiempia viestejäsi ei voitu ladata.",
  "history.reload": "Lataa ne uudelleen",

  "error.geoBlocked":
    "Valitettavasti tämä keskustelupalvelu ei ole käytettävissä maassasi tai alueellasi. Käyttö on rajattu " +
    "paikkoihin, joissa palvelua tarjotaan.",
  "error.refused": "Pääsy keskustelupalveluun estettiin.",
  "error.tooLong": "Viestisi on liian pitkä. Lyhennä sitä ja lähetä se uudelleen.",
  "error.busy": "Keskustelupalvelu on juuri nyt ruuhkautunut. Yritä hetken kuluttua uudelleen.",
  "error.unavailable": "Keskustelupalvelu ei ole tilapäisesti käytettävissä. Yritä hetken kuluttua uudelleen.",
  "error.unexpectedHttp": "Keskustelupalvelu vastasi odottamattomalla virheellä (HTTP {status}).",
  "error.network": "Keskustelupalveluun ei saatu yhteyttä. Tarkista yhteytesi ja yritä uudelleen.",
  "error.interrupted": "Yhteys katkesi ennen kuin vastaus oli valmis.",
  "error.unexpectedResponse": "Keskustelupalvelu lähetti odottamattoman vastauksen. Yritä uudelleen.",
  "error.tryAgain": "Voit yrittää uudelleen.",

  "http.method_not_allowed":
    "Sivu lähetti viestin tavalla, jota palvelu ei hyväksy. Lataa sivu uudelleen ja yritä sitten uudestaan.",
  "http.unsupported_media_type":
    "Sivu lähetti viestin muodossa, jota palvelu ei hyväksy. Lataa sivu uudelleen ja yritä sitten uudestaan.",
  "http.missing_session_id":
    "Keskustelua ei löytynyt. Yritä uudelleen, niin viestisi lähetetään uudessa keskustelussa.",
  "http.invalid_session_id":
    "Keskustelua ei löytynyt. Yritä uudelleen, niin viestisi lähetetään uudessa keskustelussa.",
  "http.message_too_large": "Viestisi on liian pitkä. Lyhennä sitä ja lähetä se uudelleen.",
  "http.invalid_utf8": "Viestisi sisältää merkkejä, joita ei voitu lukea. Tarkista se ja lähetä se uudelleen.",
  "http.invalid_json":
    "Sivu lähetti viestin muodossa, jota palvelu ei ymmärtänyt. Lataa sivu uudelleen ja yritä sitten uudestaan.",
  "http.missing_message":
    "Sivu lähetti viestin muodossa, jota palvelu ei ymmärtänyt. Lataa sivu uudelleen ja yritä sitten uudestaan.",
  "http.invalid_message":
    "Sivu lähetti viestin muodossa, jota palvelu ei ymmärtänyt. Lataa sivu uudelleen ja yritä sitten uudestaan.",
  "http.empty_message": "Viestisi on tyhjä. Kirjoita jotain ja lähetä se uudelleen.",
  "http.session_not_found":
    "Keskustelu on vanhentunut tai sitä ei enää ole. Yritä uudelleen, niin viestisi lähetetään uudessa " +
    "keskustelussa.",
  "http.storage_unavailable": "Keskustelua ei voitu lukea juuri nyt. Yritä hetken kuluttua uudelleen.",
  "http.token_budget_exhausted": "Tämä keskustelu on saavuttanut käyttörajansa. Jatka aloittamalla uusi keskustelu.",
  "http.service_budget_exhausted":
    "Keskustelupalvelu on saavuttanut tämän päivän käyttörajansa. Yritä uudelleen huomenna.",
  "http.session_busy": "Edelliseen viestiisi vastataan vielä. Odota hetki ja lähetä tämä viesti sitten uudelleen.",

  "stream.model_throttled": "Tekoälymalli saa juuri nyt liikaa pyyntöjä, joten vastaus keskeytyi.",
  "stream.model_stream_error": "Tekoälymallin vastaus keskeytyi.",
  "stream.model_unavailable": "Tekoälymalli ei ole tilapäisesti käytettävissä.",
  "stream.model_error": "Tekoälymalli ei pystynyt vastaamaan tähän pyyntöön.",
  "stream.pii_detection_unavailable":
    "Viestiäsi ei lähetetty tekoälymallille, koska henkilötietojasi suojaava yksityisyystarkistus ei ole " +
    "juuri nyt käytettävissä.",
  "stream.storage_unavailable": "Keskustelua ei voitu tallentaa, joten vastaus keskeytyi.",
  "stream.session_busy": "Toiseen tämän keskustelun viestiin vastattiin vielä.",
  "stream.token_budget_exhausted":
    "Tämä keskustelu on saavuttanut käyttörajansa. Jatka aloittamalla uusi keskustelu.",
  "stream.tool_result_detection_unavailable":
    "Henkilötietojasi suojaava yksityisyystarkistus lakkasi olemasta käytettävissä työkalun tuloksen " +
    "tarkistuksen aikana, joten vastaus pysähtyi siihen.",
  "stream.storage_limit_exceeded": "Viestisi on liian suuri tallennettavaksi. Lyhennä sitä ja lähetä se uudelleen.",
  "stream.service_budget_exhausted":
    "Keskustelupalvelu on saavuttanut tämän päivän käyttörajansa, joten vastaus pysähtyi. Yritä uudelleen " +
    "huomenna.",
  "stream.configuration_unavailable": "Keskustelupalvelu ei ole tilapäisesti käytettävissä.",
  "stream.tool_rounds_exhausted":
    "Vastaus olisi tarvinnut enemmän työkalukutsuja kuin palvelu sallii, joten se keskeytyi.",
  "stream.internal_error": "Meillä meni jokin vikaan, eikä vastausta voitu viimeistellä.",
  "stream.unknown": "Jokin meni vikaan, eikä vastausta voitu viimeistellä.",

  "received.show": "Mitä tekoäly sai",
  "received.loading": "Ladataan, mitä tekoäly sai…",
  "received.lead":
    "Tekoälymalli sai täsmälleen tämän tekstin. Jokainen korostettu paikkamerkki vastaa jotakin tietoasi, " +
    "joka jäi tähän palveluun; tekoäly ei koskaan nähnyt sitä.",
  "received.nothingReplaced":
    "Tästä viestistä ei tunnistettu henkilötietoja, joten tekoälymalli sai sen täsmälleen sellaisena kuin " +
    "kirjoitit sen.",
  "received.legend": "Paikkamerkkien tyypit",
  "received.typed":
    "{typed} on itse kirjoittamaasi tekstiä eikä paikkamerkki: tekoäly sai sen täysleveissä " +
    "hakasulkeissa, eikä sen tilalle pantu mitään.",
  "received.missing":
    "Tätä viestiä ei ole tallennetussa keskustelussa, joten näytettävää ei ole. Viesti, jonka palvelu hylkäsi" +
    " ennen tekoälymallin kutsumista (esimerkiksi kun yksityisyystarkistus ei ollut käytettävissä), ei " +
    "koskaan päätynyt mallille eikä sitä tallenneta.",
  "received.failed":
    "Sitä, mitä tekoäly sai, ei voitu ladata. Sulje tämä ja avaa se uudelleen yrittääksesi uudelleen.",
  "received.toolsLead":
    "Tähän vastaukseen tekoälymalli käytti työkaluja. Se kirjoitti niiden syötteet paikkamerkein (työkalut " +
    "saivat tietosi palvelun alueella) ja sai myös niiden tulokset paikkamerkein.",
  "received.toolInput": "Työkalu ({tool}), syöte tekoälyn kirjoittamana:",
  "received.toolResult": "Työkalu ({tool}), tulos sellaisena kuin tekoäly sen sai:",
  "pii.NAME": "henkilön nimi",
  "pii.EMAIL": "sähköpostiosoite",
  "pii.PHONE": "puhelinnumero",
  "pii.IBAN": "pankkitilin numero (IBAN)",
  "pii.CARD": "maksukortin numero",
  "pii.ADDRESS": "postiosoite",
  "pii.NATIONAL_ID": "henkilötunnus, verotunniste tai sosiaaliturvatunnus",
  "pii.BANK_ACCOUNT": "tilinumero tai pankin tunnus",
  "pii.SWIFT_CODE": "pankin SWIFT/BIC-koodi",
  "pii.CARD_CVV": "kortin turvakoodi",
  "pii.CARD_EXPIRY": "kortin voimassaolopäivä",
  "pii.PIN": "PIN-koodi",
  "pii.HEALTH_ID": "sairausvakuutusnumero",
  "pii.PASSPORT": "passin numero",
  "pii.DRIVER_ID": "ajokortin numero",
  "pii.DATE": "päivämäärä tai kellonaika",
  "pii.BIRTH_DATE": "syntymäaika",
  "pii.AGE": "ikä",
  "pii.URL": "verkko-osoite",
  "pii.USERNAME": "käyttäjänimi",
  "pii.PASSWORD": "salasana",
  "pii.SECRET": "käyttöavain tai salaisuus",
  "pii.IP_ADDRESS": "IP-osoite",
  "pii.MAC_ADDRESS": "laitteen MAC-osoite",
  "pii.LICENSE_PLATE": "ajoneuvon rekisterikilpi",
  "pii.VEHICLE_ID": "ajoneuvon valmistenumero (VIN)",
  "pii.nationalIdOf": "henkilötunnus, verotunniste tai sosiaaliturvatunnus ({country})",
  "pii.other": "muita henkilötietoja",
};
