import { nl as applications } from './applications.ts';
import { nl as calls } from './calls.ts';
import { nl as figures } from './figures.ts';
import { nl as forms } from './forms.ts';
import type { MessageKey } from './fr.ts';
import { nl as library } from './library.ts';
import { nl as libraryCuration } from './library-curation.ts';
import { nl as schools } from './schools.ts';
import { nl as screening } from './screening.ts';

type CoreKey = Exclude<
  MessageKey,
  | keyof typeof calls
  | keyof typeof library
  | keyof typeof libraryCuration
  | keyof typeof figures
  | keyof typeof applications
  | keyof typeof forms
  | keyof typeof schools
  | keyof typeof screening
>;

/** Dutch catalogue. */
const core: Record<CoreKey, string> = {
  'site.name': 'Accroche',
  'site.tagline': 'Het Brusselse platform tegen vroegtijdig schoolverlaten',

  'layout.skip': 'Naar de hoofdinhoud',
  'layout.navLabel': 'Hoofdnavigatie',
  'layout.langLabel': 'Taalkeuze',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  'nav.home': 'Home',
  'nav.schemes': 'Regelingen',
  'nav.timeline': 'Tijdlijn',
  'nav.municipalities': 'Gemeenten',
  'nav.accessibility': 'Toegankelijkheid',
  'nav.privacy': 'Privacy',
  'nav.api': 'API en open data',

  'footer.about':
    'Accroche is het platform van de Dienst School van perspective.brussels voor projectoproepen, de opvolging van ' +
    'gefinancierde projecten, de gemeentelijke plannen, de onlinebibliotheek en de openbare cijfers over ' +
    'schoolinschakeling.',

  'common.source': 'Bron:',
  'common.breadcrumb': 'Kruimelpad',
  'common.yes': 'Ja',
  'common.no': 'Nee',

  'qualifier.approx': 'ongeveer {value}',
  'qualifier.more_than': 'meer dan {value}',
  'unit.projects': '{count} projecten',
  'unit.associations': '{count} verenigingen',
  'unit.plans': '{count} gemeentelijke plannen',
  'unit.posts': '{count} functies',

  'home.title': 'Elke jongere op school houden, in Brussel',
  'home.description':
    'Accroche: projectoproepen, opvolging van projecten, gemeentelijke plannen en openbare cijfers van het ' +
    'Brussels Hoofdstedelijk Gewest tegen vroegtijdig schoolverlaten.',
  'home.lead':
    'Het Brussels Hoofdstedelijk Gewest financiert scholen, verenigingen en zijn 19 gemeenten opdat jongeren de ' +
    'school niet zonder diploma verlaten. Accroche brengt die financiering, de opvolging ervan en de cijfers die ' +
    'ze onderbouwen samen.',
  'home.who':
    'De Dienst School van perspective.brussels lanceert de projectoproepen, selecteert projecten met een jury en ' +
    'volgt elke gefinancierde actie op. De gemeenten coördineren de lokale aanpak in hun schoolinschakelingsplan.',
  'home.aimsTitle': 'Drie doelen voor elke gefinancierde actie',
  'aim.prevent.title': 'Voorkomen',
  'aim.prevent.body': 'Optreden voor het afhaken begint: schoolondersteuning, band met de gezinnen, klasklimaat.',
  'aim.intervene.title': 'Ingrijpen',
  'aim.intervene.body':
    'Reageren zodra een leerling dreigt af te haken, samen met de school, het gezin en de diensten.',
  'aim.reengage.title': 'Opnieuw inschakelen',
  'aim.reengage.body': 'Een jongere die school of opleiding heeft onderbroken, helpen om een traject te hervatten.',
  'home.figuresTitle': 'Kerncijfers',
  'home.schemesTitle': 'De financieringsregelingen',
  'home.timelineLink': 'Bekijk de tijdlijn van het gewestelijk beleid',
  'home.municipalitiesLink': 'Bekijk de 19 gemeenten',

  'schemes.title': 'Financieringsregelingen',
  'schemes.description':
    'De gewestelijke regelingen tegen vroegtijdig schoolverlaten: DAS, DASC, gemeentelijke subsidie, gemeentelijke ' +
    'coördinatoren, pASc en de pilootoproep voor het beroepsonderwijs.',
  'schemes.lead':
    'Het Gewest steunt de strijd tegen vroegtijdig schoolverlaten met verschillende regelingen. Oproepen vinden om ' +
    'de drie jaar plaats, zodat projectdragers minder administratie hebben.',
  'schemes.latest': 'Laatste financiering: {period}, budget {amount}',
  'scheme.kind.recurring': 'Projectoproep om de drie jaar',
  'scheme.kind.one_off': 'Eenmalige projectoproep',
  'scheme.kind.municipal': 'Financiering van de gemeenten',
  'scheme.funds': 'Wat de regeling financiert',
  'scheme.eligibility': 'Wie er gebruik van kan maken',
  'scheme.beneficiaries': 'Doelgroep',
  'scheme.callsTitle': 'Eerdere oproepen en financiering',
  'scheme.callsCaption': 'Oproepen en financiering van “{name}”, van de recentste naar de oudste',
  'scheme.noCalls': 'Voor deze regeling is nog geen oproep geregistreerd.',
  'scheme.sourcesTitle': 'Bronnen',
  'calls.period': 'Periode',
  'calls.call': 'Oproep',
  'calls.launched': 'Gelanceerd',
  'calls.envelope': 'Budget',
  'calls.count': 'Gefinancierd',
  'calls.source': 'Bron',
  'calls.perYear': 'per jaar',

  'timeline.title': 'Tijdlijn',
  'timeline.description':
    'De stappen van het Brusselse beleid tegen vroegtijdig schoolverlaten sinds 2015, elk met zijn bron.',
  'timeline.lead': 'De stappen van het gewestelijk beleid tegen vroegtijdig schoolverlaten, van 2015 tot vandaag.',
  'timeline.schemeLink': 'Bekijk de regeling',

  'municipalities.title': 'De 19 gemeenten',
  'municipalities.description':
    'De 19 gemeenten van het Brussels Hoofdstedelijk Gewest: NIS-codes, Franse en Nederlandse namen, postcodes.',
  'municipalities.lead':
    'Elke gemeente heeft een coördinator schoolinschakeling en een gemeentelijk plan dat de lokale vaststellingen ' +
    'koppelt aan de projecten die erop inspelen.',
  'municipalities.caption': 'De {count} gemeenten, volgens NIS-code',
  'municipalities.sourceNote':
    'NIS-codes en namen: REFNIS-nomenclatuur 2019 van Statbel. Postcodes: gewone bpost-postcodes waarvan de ' +
    'gemeente de hoofdgemeente is.',
  'municipality.nis': 'NIS-code',
  'municipality.nameFr': 'Franse naam',
  'municipality.nameNl': 'Nederlandse naam',
  'municipality.postalCodes': 'Postcodes',
  'municipality.description': '{name} (NIS-code {nis}): gemeente van het Brussels Hoofdstedelijk Gewest in Accroche.',
  'municipality.schemesTitle': 'Gemeentelijke regelingen',
  'municipality.schemesLead': 'Net als de 18 andere gemeenten valt {name} onder deze gewestelijke regelingen.',

  'accessibility.title': 'Toegankelijkheidsverklaring',
  'accessibility.description': 'Hoe toegankelijk Accroche is en hoe u een probleem meldt.',
  'accessibility.intro':
    'perspective.brussels wil dat iedereen Accroche kan gebruiken, ook wie met het toetsenbord navigeert, een ' +
    'schermlezer gebruikt of de pagina vergroot.',
  'accessibility.statusTitle': 'Nalevingsstatus',
  'accessibility.status':
    'Accroche streeft naar conformiteit met niveau AA van de WCAG 2.1-richtlijnen, wat overeenkomt met de Europese ' +
    'norm EN 301 549.',
  'accessibility.testing':
    'Elke openbare pagina wordt bij elke codewijziging automatisch gecontroleerd in het Frans, het Nederlands en het ' +
    'Engels, met axe-core in een echte browser. Een automatische controle vervangt geen volledige audit door mensen.',
  'accessibility.featuresTitle': 'Wat u mag verwachten',
  'accessibility.features':
    'Een link om naar de inhoud te springen, volledige bediening met het toetsenbord met zichtbare focus, ' +
    'voldoende contrast, tabellen met kopjes, pagina’s die werken zonder JavaScript en leesbaar blijven bij 200 % ' +
    'vergroting.',
  'accessibility.contactTitle': 'Een probleem melden',
  'accessibility.contact':
    'Blijft een inhoud of functie voor u ontoegankelijk, schrijf dan naar de Dienst School van perspective.brussels ' +
    'en vermeld de betrokken pagina. We bieden u een alternatief en lossen het probleem op.',

  'privacy.title': 'Privacybescherming',
  'privacy.description': 'Welke gegevens Accroche verwerkt, waarom, en wat uw rechten zijn.',
  'privacy.intro':
    'Accroche verwerkt zo weinig mogelijk persoonsgegevens, in overeenstemming met de Algemene Verordening ' +
    'Gegevensbescherming (AVG).',
  'privacy.controllerTitle': 'Verwerkingsverantwoordelijke',
  'privacy.controller':
    'perspective.brussels, instelling van openbaar nut van het Brussels Hoofdstedelijk Gewest, via haar Dienst School.',
  'privacy.dataTitle': 'Verwerkte gegevens',
  'privacy.data':
    'De openbare pagina’s zijn zonder account te raadplegen. Voor wie een project indient of opvolgt, bewaart ' +
    'Accroche naam, e-mailadres, organisatie en de ingediende documenten, om de subsidies te beheren (opdracht van ' +
    'openbare dienst).',
  'privacy.pupils':
    'Accroche bevat geen gegevens van individuele leerlingen: projecten worden opgevolgd met geaggregeerde cijfers ' +
    '(aantal jongeren per leeftijdsgroep, niveau en geslacht), nooit met namen.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookies':
    'Accroche gebruikt alleen technische cookies: één onthoudt de gekozen taal, een ander beschermt de formulieren tegen frauduleuze verzending, en een sessiecookie houdt u aangemeld als u een account hebt. Er zijn geen advertentiecookies en geen bezoekersmetingen door derden.',
  'privacy.logsTitle': 'Technische logboeken',
  'privacy.logs':
    'De server registreert elk verzoek (gevraagd adres, antwoordcode, duur) voor de veiligheid en de goede werking ' +
    'van de dienst.',
  'privacy.rightsTitle': 'Uw rechten',
  'privacy.rights':
    'U kunt bij perspective.brussels inzage, verbetering of wissing van uw gegevens vragen, en een klacht indienen ' +
    'bij de Gegevensbeschermingsautoriteit.',

  'apiDocs.title': 'API en open data',
  'apiDocs.description': 'De JSON-API van Accroche: regelingen, oproepen, gemeenten, tijdlijn en kerncijfers.',
  'apiDocs.lead':
    'Alle openbare gegevens van Accroche zijn beschikbaar in JSON, zonder sleutel, om vrij te hergebruiken met ' +
    'vermelding van de bronnen.',
  'apiDocs.spec': 'Volledige beschrijving in OpenAPI-formaat:',
  'apiDocs.conventions':
    'Bedragen staan in eurocent (gehele getallen), teksten in het Frans, Nederlands en Engels, en fouten volgen het ' +
    '“problem details”-formaat (RFC 9457).',
  'apiDocs.parameters': 'Parameters',
  'apiDocs.name': 'Naam',
  'apiDocs.in': 'Plaats',
  'apiDocs.type': 'Type',
  'apiDocs.required': 'Verplicht',
  'apiDocs.schemas': 'Gegevensschema’s',

  'error.404.title': 'Pagina niet gevonden',
  'error.404.body': 'Dit adres komt met geen enkele pagina overeen. Het is misschien gewijzigd of bevat een tikfout.',
  'error.500.title': 'Er is een fout opgetreden',
  'error.500.body':
    'De server kon uw verzoek niet verwerken. Probeer het zo meteen opnieuw; meld het als het probleem blijft.',
  'error.503.title': 'Te veel verzoeken op dit moment',
  'error.503.body':
    'De server krijgt meer verzoeken dan hij tegelijk kan verwerken. Probeer het over enkele seconden opnieuw.',
  'error.reference': 'Foutreferentie: {id}',
  'error.home': 'Terug naar de homepage',

  'problem.BAD_REQUEST': 'Ongeldig verzoek',
  'problem.VALIDATION': 'Ongeldige gegevens',
  'problem.UNAUTHENTICATED': 'Aanmelding vereist',
  'problem.FORBIDDEN': 'Toegang geweigerd',
  'problem.NOT_FOUND': 'Niet gevonden',
  'problem.CONFLICT': 'Conflict',
  'problem.PRECONDITION_FAILED': 'Voorwaarde niet vervuld',
  'problem.UNAVAILABLE': 'Dienst tijdelijk overbelast',
  'problem.INTERNAL': 'Interne fout',
  'problem.invalidParameters': 'Een of meer parameters zijn ongeldig.',
  'problem.PAYLOAD_TOO_LARGE': 'Verzoek te groot',
  'problem.UNSUPPORTED_MEDIA_TYPE': 'Inhoudstype niet ondersteund',
  'problem.unreadableBody': 'De verzonden inhoud kon niet worden gelezen: hij is onvolledig of slecht gevormd.',
  'problem.sendJson': 'Verstuur de inhoud als application/json.',
  'problem.tooLarge': 'Wat u verzond, is groter dan hier is toegestaan ({max}). Er is niets opgeslagen.',
  'input.badCharacter':
    'Dit veld bevat een teken dat niet is toegestaan (een nul-teken of een losse surrogaathelft): verwijder het.',
  'error.400.title': 'Gegevens geweigerd',
  'error.400.body': 'Wat u verzond, kon niet worden verwerkt. Ga terug, controleer uw invoer en probeer opnieuw.',
  'error.400.field': '{field}: {message}',
  'error.413.title': 'Verzending te groot',
  'nav.signIn': 'Aanmelden',
  'nav.signUp': 'Account aanmaken',
  'nav.account': 'Mijn account',
  'nav.signOut': 'Afmelden',
  'nav.accountLabel': 'Account',
  'form.errorSummary': 'Het formulier is niet verzonden. Verbeter het volgende:',
  'form.required': 'verplicht',
  'field.name': 'Voor- en achternaam',
  'field.email': 'E-mailadres',
  'field.password': 'Wachtwoord',
  'field.passwordHint': 'Minstens 12 tekens. Een zin van meerdere woorden is veiliger en makkelijker te onthouden.',
  'field.newPassword': 'Nieuw wachtwoord',
  'field.currentPassword': 'Huidig wachtwoord',
  'field.lang': 'Taal van de interface en de e-mails',
  'error.nameRequired': 'Vul uw naam in.',
  'error.emailInvalid': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
  'error.passwordShort': 'Het wachtwoord moet minstens 12 tekens bevatten.',
  'error.passwordLong': 'Het wachtwoord mag niet langer zijn dan 128 tekens.',
  'error.passwordRequired': 'Vul uw wachtwoord in.',
  'error.signInFailed': 'E-mailadres of wachtwoord onjuist.',
  'error.notVerified': 'Bevestig eerst uw e-mailadres: we hebben u opnieuw een link gestuurd.',
  'error.throttled': 'Te veel pogingen. Probeer het opnieuw over {seconds} seconden.',
  'error.generic': 'Er is een fout opgetreden. Probeer het zo meteen opnieuw.',
  'error.403.title': 'Toegang geweigerd',
  'error.403.body':
    'U kunt deze actie niet uitvoeren. Als een formulier verlopen is, laad de pagina opnieuw en probeer het nog eens.',
  'signUp.title': 'Account aanmaken',
  'signUp.description':
    'Maak een Accroche-account aan om de projecten van uw organisatie in te dienen en op te volgen.',
  'signUp.lead':
    'Met een persoonlijke account dient u projecten in voor uw school, vereniging of gemeentedienst en volgt u de financiering ervan op.',
  'signUp.submit': 'Mijn account aanmaken',
  'signUp.haveAccount': 'Hebt u al een account?',
  'signUp.sentTitle': 'Controleer uw mailbox',
  'signUp.sentBody':
    'Als dit adres gebruikt kan worden, hebben we er een bevestigingslink naartoe gestuurd, 24 uur geldig. Open hem om uw account te activeren.',
  'signIn.title': 'Aanmelden',
  'signIn.description': 'Meld u aan op uw Accroche-account.',
  'signIn.submit': 'Aanmelden',
  'signIn.forgot': 'Wachtwoord vergeten?',
  'signIn.noAccount': 'Nog geen account?',
  'forgot.title': 'Wachtwoord vergeten',
  'forgot.description': 'Ontvang een link om een nieuw wachtwoord te kiezen.',
  'forgot.lead':
    'Vul uw e-mailadres in: als er een account aan gekoppeld is, sturen we er een link naartoe om een nieuw wachtwoord te kiezen.',
  'forgot.submit': 'Link versturen',
  'forgot.sentBody':
    'Als er een account aan dit adres gekoppeld is, werd er zonet een link naartoe gestuurd die één uur geldig is.',
  'reset.title': 'Een nieuw wachtwoord kiezen',
  'reset.description': 'Kies een nieuw wachtwoord voor uw Accroche-account.',
  'reset.submit': 'Wachtwoord opslaan',
  'reset.invalidTitle': 'Deze link is niet meer geldig',
  'reset.invalidBody': 'De link is verlopen of werd al gebruikt. U kunt een nieuwe aanvragen.',
  'reset.doneTitle': 'Wachtwoord gewijzigd',
  'reset.doneBody': 'Uw wachtwoord werd gewijzigd en al uw sessies werden afgesloten. U kunt zich aanmelden.',
  'account.title': 'Mijn account',
  'account.description': 'Uw profiel, uw wachtwoord en uw sessies.',
  'account.verified': 'Uw e-mailadres is bevestigd. Welkom bij Accroche!',
  'account.profileTitle': 'Profiel',
  'account.save': 'Opslaan',
  'account.saved': 'Uw wijzigingen zijn opgeslagen.',
  'account.passwordTitle': 'Wachtwoord wijzigen',
  'account.passwordSubmit': 'Wachtwoord wijzigen',
  'account.passwordChanged': 'Uw wachtwoord is gewijzigd. Uw andere sessies werden afgesloten.',
  'account.passwordWrong': 'Het huidige wachtwoord is onjuist.',
  'account.sessionsTitle': 'Open sessies',
  'account.sessionsCaption': 'De toestellen die met uw account verbonden zijn',
  'account.sessionDevice': 'Toestel',
  'account.sessionStarted': 'Geopend op',
  'account.sessionAddress': 'IP-adres',
  'account.sessionCurrent': 'Deze sessie',
  'account.revoke': 'Deze sessie afsluiten',
  'account.revoked': 'De sessie werd afgesloten.',
  'account.signedOut': 'U bent afgemeld.',
  'nav.admin': 'Beheer',
  'admin.usersTitle': 'Gebruikers',
  'admin.usersDescription': 'Accounts zoeken, rollen toekennen, een account uitschakelen.',
  'admin.auditTitle': 'Auditlogboek',
  'admin.auditDescription': 'Elke statuswijziging, met auteur, datum en verzoek.',
  'admin.outboxTitle': 'Uitgaande e-mails',
  'admin.outboxDescription': 'De verzonden, wachtende of mislukte berichten.',
  'admin.search': 'Zoeken',
  'admin.searchLabel': 'Naam of e-mailadres',
  'admin.filter': 'Filteren',
  'admin.results': '{count} resultaat/resultaten',
  'admin.previous': 'Vorige pagina',
  'admin.next': 'Volgende pagina',
  'admin.pagination': 'Paginering',
  'admin.name': 'Naam',
  'admin.email': 'E-mailadres',
  'admin.verified': 'Adres bevestigd',
  'admin.roles': 'Rollen',
  'admin.status': 'Status',
  'admin.active': 'Actief',
  'admin.disabled': 'Uitgeschakeld',
  'admin.created': 'Aangemaakt op',
  'admin.noRole': 'Aanvrager (geen rol)',
  'admin.rolesLegend': 'Platformrollen',
  'admin.municipality': 'Gemeente van de coördinator',
  'admin.noMunicipality': '— geen —',
  'admin.saveRoles': 'Rollen opslaan',
  'admin.disable': 'Account uitschakelen',
  'admin.enable': 'Account opnieuw inschakelen',
  'admin.disableHint': 'Een account uitschakelen sluit meteen al zijn sessies af.',
  'admin.rolesSaved': 'De rollen zijn opgeslagen.',
  'admin.statusSaved': 'De status van de account is opgeslagen.',
  'admin.coordinatorNeedsMunicipality': 'Een coördinator moet aan een gemeente gekoppeld zijn.',
  'admin.when': 'Wanneer',
  'admin.actor': 'Auteur',
  'admin.action': 'Actie',
  'admin.entity': 'Object',
  'admin.changes': 'Wijzigingen',
  'admin.request': 'Verzoek',
  'admin.ip': 'IP-adres',
  'admin.from': 'Van (dag)',
  'admin.to': 'Tot (dag)',
  'admin.exportCsv': 'Exporteren als CSV',
  'admin.anyAction': 'Alle acties',
  'admin.anyStatus': 'Alle statussen',
  'admin.recipient': 'Ontvanger',
  'admin.template': 'Sjabloon',
  'admin.language': 'Taal',
  'admin.attempts': 'Pogingen',
  'admin.lastError': 'Laatste fout',
  'admin.showText': 'Tekst bekijken',
  'admin.outboxNote':
    'Zonder ingestelde SMTP-server worden berichten in het serverlogboek geschreven en hier bewaard met de status “logged”. De links erin zijn persoonlijk: deel ze niet.',
  'account.exportTitle': 'Uw gegevens',
  'account.exportBody': 'Download alles wat Accroche over u bewaart, in een JSON-bestand.',
  'account.exportLink': 'Mijn gegevens downloaden (JSON)',
  'account.deleteTitle': 'Mijn account verwijderen',
  'account.deleteBody':
    'Uw persoonsgegevens worden gewist en uw sessies afgesloten. Het auditlogboek bewaart de vroegere acties onder een anonieme code, zonder uw naam of adres.',
  'account.deleteSubmit': 'Mijn account definitief verwijderen',
  'account.deletedTitle': 'Account verwijderd',
  'account.deletedBody': 'Uw account en uw persoonsgegevens werden gewist. Een laatste e-mail bevestigt dit.',
  'tfa.title': 'Verificatie in twee stappen',
  'tfa.on': 'Ingeschakeld: bij elke aanmelding wordt een code van uw authenticatie-app gevraagd.',
  'tfa.off':
    'Uitgeschakeld. Een zescijferige code uit een app zoals FreeOTP, Aegis of Google Authenticator beschermt uw account, zelfs als uw wachtwoord gestolen wordt.',
  'tfa.required': 'Uw rol vereist verificatie in twee stappen: schakel ze in om de personeelspagina’s te openen.',
  'tfa.pending':
    'Uw rol ({roles}) blijft inactief zolang verificatie in twee stappen niet is ingeschakeld: tot dan hebt u de rechten van een aanvrager.',
  'tfa.pendingLink': 'Verificatie in twee stappen inschakelen',
  'tfa.requiredDetail':
    'Verificatie in twee stappen is vereist: uw rol telt pas zodra u ze in uw account hebt ingeschakeld.',
  'role.admin': 'beheer',
  'role.officer': 'medewerker van de Dienst School',
  'role.librarian': 'bibliothecaris',
  'tfa.enable': 'Verificatie in twee stappen inschakelen',
  'tfa.disable': 'Verificatie in twee stappen uitschakelen',
  'tfa.setupTitle': 'Uw app instellen',
  'tfa.setupIntro':
    'Voeg in uw authenticatie-app een account toe met de sleutel hieronder (of open de link op uw telefoon) en vul dan de zescijferige code in die ze toont.',
  'tfa.key': 'Sleutel',
  'tfa.openLink': 'Openen in de app',
  'tfa.backupTitle': 'Reservecodes',
  'tfa.backupIntro':
    'Bewaar deze codes op een veilige plek: elk ervan laat één aanmelding toe als u uw telefoon verliest. Ze worden niet opnieuw getoond.',
  'tfa.code': 'Zescijferige code',
  'tfa.codeHint': 'De code verandert om de 30 seconden.',
  'tfa.confirm': 'Bevestigen',
  'tfa.enabled': 'Verificatie in twee stappen is ingeschakeld.',
  'tfa.disabled': 'Verificatie in twee stappen is uitgeschakeld.',
  'tfa.wrongCode': 'Deze code is niet geldig. Controleer de tijd op uw telefoon en probeer opnieuw.',
  'tfa.signInTitle': 'Verificatiecode',
  'tfa.signInIntro': 'Vul de code in die uw authenticatie-app toont, of een reservecode.',
  'tfa.expired': 'De aanmelding is verlopen. Begin opnieuw.',
  'org.check.lookup': 'Dit nummer opzoeken in de Kruispuntbank van Ondernemingen',
  'org.check.submit': 'Het ondernemingsnummer als gecontroleerd markeren',
  'org.notice.checked': 'Het ondernemingsnummer is als gecontroleerd gemarkeerd.',
  'common.scrollTable': 'Tabel, horizontaal scrollbaar',
  'common.actions': 'Acties',
  'common.unknown': 'onbekend',
  'org.type.school': 'School',
  'org.type.association': 'Vereniging (vzw)',
  'org.type.municipal_service': 'Gemeentelijke dienst',
  'org.type.social_welfare_centre': 'Openbaar centrum voor maatschappelijk welzijn (OCMW)',
  'org.type.other': 'Andere',
  'org.role.owner': 'Beheerder',
  'org.role.member': 'Lid',
  'org.languageSystem.fr': 'Franstalig onderwijs (Federatie Wallonië-Brussel)',
  'org.languageSystem.nl': 'Nederlandstalig onderwijs (Vlaamse Gemeenschap)',
  'org.schoolLevel.nursery': 'Kleuteronderwijs',
  'org.schoolLevel.primary': 'Lager onderwijs',
  'org.schoolLevel.secondary': 'Secundair onderwijs',
  'org.educationType.general': 'Algemeen secundair onderwijs (aso)',
  'org.educationType.technical': 'Technisch secundair onderwijs (tso)',
  'org.educationType.vocational': 'Beroepssecundair onderwijs (bso)',
  'org.field.type': 'Soort organisatie',
  'org.field.legalName': 'Officiële benaming',
  'org.field.enterpriseNumber': 'Ondernemingsnummer (KBO)',
  'org.field.enterpriseNumberHint':
    'Tien cijfers, bijvoorbeeld 0123.456.749. Verplicht, behalve voor de soort ‘Andere’. Vul voor een school of ' +
    'een gemeentelijke dienst het nummer van het schoolbestuur of van de gemeente in.',
  'org.field.municipality': 'Gemeente',
  'org.field.municipalityHint': 'De Brusselse gemeente waar de organisatie gevestigd is.',
  'org.field.street': 'Straat en nummer',
  'org.field.postalCode': 'Postcode',
  'org.field.city': 'Plaats',
  'org.field.iban': 'Bankrekening (IBAN)',
  'org.field.ibanHint': 'Bijvoorbeeld BE68 5390 0754 7034. Nu nog niet verplicht, maar wel nodig vóór een betaling.',
  'org.field.lang': 'Correspondentietaal',
  'org.field.schoolNumber': 'Schoolnummer',
  'org.field.schoolNumberHint':
    'Het instellingsnummer van de Vlaamse Gemeenschap, of het FASE-nummer van de Federatie Wallonië-Brussel.',
  'org.field.languageSystem': 'Taalregime',
  'org.field.schoolLevel': 'Onderwijsniveau',
  'org.field.educationType': 'Onderwijsvorm',
  'org.field.educationTypeHint': 'Alleen voor het secundair onderwijs.',
  'org.form.choose': '— Kiezen —',
  'org.form.addressLegend': 'Adres',
  'org.form.schoolLegend': 'Voor scholen',
  'org.form.schoolHint':
    'Alleen in te vullen als de organisatie een school is: voor andere soorten worden deze velden genegeerd.',
  'org.new.title': 'Een organisatie registreren',
  'org.new.description': 'Registreer uw school, vereniging of dienst om in te schrijven op projectoproepen.',
  'org.new.lead': 'U wordt er beheerder van en kunt daarna uw collega’s uitnodigen.',
  'org.new.submit': 'De organisatie registreren',
  'org.edit.title': '‘{name}’ wijzigen',
  'org.edit.submit': 'Wijzigingen opslaan',
  'org.edit.cancel': 'Terug naar de organisatie zonder op te slaan',
  'org.list.title': 'Mijn organisaties',
  'org.list.description': 'De organisaties waarvan u deel uitmaakt op Accroche.',
  'org.list.lead': 'U dient projecten in en volgt ze op namens een organisatie waarvan u lid bent.',
  'org.list.allTitle': 'Organisaties',
  'org.list.allLead': 'Alle organisaties die op Accroche geregistreerd zijn.',
  'org.list.create': 'Een organisatie registreren',
  'org.list.empty':
    'U maakt nog geen deel uit van een organisatie. Registreer uw organisatie, of vraag de beheerder ervan om u ' +
    'uit te nodigen.',
  'org.list.caption': 'Organisaties ({count})',
  'org.list.myRole': 'Uw rol',
  'org.search.label': 'Zoeken op naam of ondernemingsnummer',
  'org.search.submit': 'Zoeken',
  'org.search.none': 'Geen enkele organisatie komt overeen met deze zoekopdracht.',
  'org.search.limited': 'Alleen de eerste {count} worden getoond: verfijn uw zoekopdracht.',
  'org.detail.description': 'De gegevens, leden en uitnodigingen van een organisatie.',
  'org.detail.back': 'Terug naar de lijst van organisaties',
  'org.detail.detailsTitle': 'Gegevens van de organisatie',
  'org.detail.enterpriseChecked': 'Controle van het ondernemingsnummer',
  'org.detail.notChecked': 'Nog niet gecontroleerd door de Dienst School',
  'org.detail.edit': 'Gegevens wijzigen',
  'org.members.title': 'Leden',
  'org.members.caption': 'Leden van de organisatie ({count})',
  'org.members.role': 'Rol',
  'org.members.joined': 'Lid sinds',
  'org.members.you': '(u)',
  'org.members.remove': '{name} verwijderen',
  'org.invitations.title': 'Openstaande uitnodigingen',
  'org.invitations.caption': 'Uitnodigingen zonder antwoord ({count})',
  'org.invitations.expires': 'Geldig tot',
  'org.invitations.none': 'Geen openstaande uitnodigingen.',
  'org.invitations.revoke': 'Uitnodiging van {email} intrekken',
  'org.invite.title': 'Een lid uitnodigen',
  'org.invite.lead':
    'De uitgenodigde persoon krijgt per e-mail een link die zeven dagen geldig is. Ze wordt lid door zich met dit ' +
    'adres aan te melden.',
  'org.invite.role': 'Rol',
  'org.invite.submit': 'Uitnodiging versturen',
  'org.transfer.title': 'Beheer overdragen',
  'org.transfer.lead': 'Het gekozen lid wordt beheerder van de organisatie; u blijft lid.',
  'org.transfer.to': 'Nieuwe beheerder',
  'org.transfer.submit': 'Beheer overdragen',
  'org.leave.title': 'De organisatie verlaten',
  'org.leave.lead':
    'U hebt dan geen toegang meer tot haar gegevens en projecten. Om terug te keren, hebt u een nieuwe uitnodiging ' +
    'nodig.',
  'org.leave.submit': 'De organisatie verlaten',
  'org.leave.lastOwner':
    'U bent de enige beheerder en de organisatie heeft nog andere leden: draag het beheer eerst over aan een van ' +
    'hen voordat u de organisatie verlaat.',
  'org.notice.created': 'De organisatie is geregistreerd. U kunt nu uw collega’s uitnodigen.',
  'org.notice.updated': 'De wijzigingen zijn opgeslagen.',
  'org.notice.invited': 'De uitnodiging is verstuurd.',
  'org.notice.revoked': 'De uitnodiging is ingetrokken: de link werkt niet meer.',
  'org.notice.removed': 'Het lid is uit de organisatie verwijderd.',
  'org.notice.transferred': 'Het beheer is overgedragen. U blijft lid van de organisatie.',
  'org.notice.joined': 'Welkom! U bent nu lid van de organisatie.',
  'org.notice.left': 'U hebt de organisatie verlaten.',
  'org.error.required': 'Dit veld is verplicht.',
  'org.error.tooLong': 'Deze tekst is te lang.',
  'org.error.invalidChoice': 'Kies een van de voorgestelde opties.',
  'org.error.invalid': 'Deze waarde is niet geldig.',
  'org.error.enterprise.notDigits':
    'Het ondernemingsnummer bevat alleen cijfers (punten en spaties mogen), bijvoorbeeld 0123.456.749.',
  'org.error.enterprise.wrongLength': 'Een ondernemingsnummer telt 10 cijfers, bijvoorbeeld 0123.456.749.',
  'org.error.enterprise.wrongFirstDigit':
    'Een ondernemingsnummer begint met 0 of 1. Een nummer dat met 2 tot 8 begint, is dat van een ' +
    'vestigingseenheid: vul dat van de onderneming in.',
  'org.error.enterprise.wrongCheckDigits':
    'Dit ondernemingsnummer kan niet bestaan: de laatste twee cijfers (de controlecijfers) passen niet bij de ' +
    'eerste acht. Controleer of u geen cijfer verkeerd hebt getypt.',
  'org.error.iban.invalidCharacters': 'Een IBAN bevat alleen letters en cijfers (spaties mogen).',
  'org.error.iban.unknownCountry': 'Een IBAN begint met de code van een land, bijvoorbeeld BE voor België.',
  'org.error.iban.wrongLength':
    'Deze IBAN heeft niet de juiste lengte voor zijn land (16 tekens voor een Belgische rekening, bijvoorbeeld ' +
    'BE68 5390 0754 7034).',
  'org.error.iban.notDigits': 'Na ‘BE’ bevat een Belgische IBAN alleen cijfers.',
  'org.error.iban.wrongCheckDigits':
    'Deze IBAN is niet geldig: de controlecijfers passen niet bij de rest van het nummer. Controleer of u geen ' +
    'teken verkeerd hebt getypt.',
  'org.error.iban.wrongAccountCheck':
    'Deze IBAN is niet geldig: het Belgische rekeningnummer erin heeft verkeerde controlecijfers (de laatste ' +
    'twee). Controleer het nummer.',
  'org.error.postalCode': 'Vul een Belgische postcode van vier cijfers in, bijvoorbeeld 1000.',
  'org.error.schoolNumber': 'Het schoolnummer telt één tot zes cijfers.',
  'org.error.unknownMunicipality': 'Kies een van de 19 Brusselse gemeenten.',
  'org.error.enterpriseTaken':
    'Er is al een organisatie van deze soort geregistreerd met dit ondernemingsnummer: vraag de beheerder ervan om ' +
    'u uit te nodigen.',
  'org.error.schoolNumberTaken':
    'Er is al een school geregistreerd met dit nummer: vraag de beheerder ervan om u uit te nodigen.',
  'org.error.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
  'org.error.alreadyMember': 'Deze persoon is al lid van de organisatie.',
  'org.api.unauthorized': 'Aanmelding vereist',
  'org.api.unauthorizedDetail': 'Meld u aan om deze bewerking te gebruiken.',
  'org.api.foreignOrigin': 'Verzoek van een andere site geweigerd.',
  'invitation.title': 'Uitnodiging',
  'invitation.description': 'Lid worden van een organisatie op Accroche.',
  'invitation.lead': '{organisation} nodigt u uit om lid te worden op Accroche.',
  'invitation.role': 'Voorgestelde rol: {role}',
  'invitation.expires': 'Deze uitnodiging is geldig tot {date}.',
  'invitation.accept': 'Lid worden van {organisation}',
  'invitation.toOrganisations': 'Mijn organisaties bekijken',
  'invitation.unknown.title': 'Onbekende uitnodigingslink',
  'invitation.unknown.body':
    'Deze link hoort bij geen enkele uitnodiging. Controleer of hij volledig gekopieerd is, of vraag een nieuwe ' +
    'uitnodiging.',
  'invitation.expired.title': 'Deze uitnodiging is verlopen',
  'invitation.expired.body':
    'Een uitnodiging is zeven dagen geldig. Vraag de beheerders van de organisatie om u een nieuwe te sturen.',
  'invitation.revoked.title': 'Deze uitnodiging is ingetrokken',
  'invitation.revoked.body':
    'De beheerders van de organisatie hebben deze uitnodiging ingetrokken of een recentere verstuurd: gebruik de ' +
    'link uit de laatste e-mail die u kreeg.',
  'invitation.used.title': 'Deze uitnodiging is al gebruikt',
  'invitation.used.body':
    'Een uitnodigingslink werkt maar één keer. Hebt u hem zelf gebruikt, dan staat de organisatie al bij uw ' +
    'organisaties.',
  'invitation.wrongAddress.title': 'Deze uitnodiging is voor een ander adres bestemd',
  'invitation.wrongAddress.body':
    'Uw account gebruikt het adres {email}, en dat is niet het uitgenodigde adres. Meld u af en meld u daarna aan ' +
    '(of maak een account aan) met het adres dat de uitnodiging ontving.',
};

export const nl: Record<MessageKey, string> = {
  ...core,
  ...calls,
  ...library,
  ...libraryCuration,
  ...figures,
  ...applications,
  ...forms,
  ...schools,
  ...screening,
};
