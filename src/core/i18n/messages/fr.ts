import { fr as applications } from './applications.ts';
import { fr as calls } from './calls.ts';
import { fr as figures } from './figures.ts';
import { fr as forms } from './forms.ts';
import { fr as library } from './library.ts';
import { fr as libraryCuration } from './library-curation.ts';
import { fr as schools } from './schools.ts';
import { fr as screening } from './screening.ts';

/** French catalogue. Its keys are the reference: Dutch and English must have exactly the same. */
const core = {
  'site.name': 'Accroche',
  'site.tagline': 'La plateforme bruxelloise contre le décrochage scolaire',

  'layout.skip': 'Aller au contenu principal',
  'layout.navLabel': 'Navigation principale',
  'layout.langLabel': 'Choix de la langue',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  'nav.home': 'Accueil',
  'nav.schemes': 'Dispositifs',
  'nav.timeline': 'Chronologie',
  'nav.municipalities': 'Communes',
  'nav.accessibility': 'Accessibilité',
  'nav.privacy': 'Vie privée',
  'nav.api': 'API et données ouvertes',

  'footer.about':
    'Accroche est la plateforme du Service École de perspective.brussels pour les appels à projets, le suivi des ' +
    'projets financés, les plans communaux, la bibliothèque en ligne et les chiffres publics sur l’accrochage scolaire.',

  'common.source': 'Source :',
  'common.breadcrumb': 'Fil d’Ariane',
  'common.yes': 'Oui',
  'common.no': 'Non',

  'qualifier.approx': 'environ {value}',
  'qualifier.more_than': 'plus de {value}',
  'unit.projects': '{count} projets',
  'unit.associations': '{count} associations',
  'unit.plans': '{count} plans communaux',
  'unit.posts': '{count} postes',

  'home.title': 'Garder chaque jeune à l’école, à Bruxelles',
  'home.description':
    'Accroche : appels à projets, suivi des projets, plans communaux et chiffres publics de la Région de ' +
    'Bruxelles-Capitale contre le décrochage scolaire.',
  'home.lead':
    'La Région de Bruxelles-Capitale finance des écoles, des associations et ses 19 communes pour que les jeunes ' +
    'ne quittent pas l’école sans diplôme. Accroche réunit ces financements, leur suivi et les chiffres qui les ' +
    'justifient.',
  'home.who':
    'Le Service École de perspective.brussels lance les appels à projets, sélectionne les projets avec un jury et ' +
    'suit chaque action financée. Les communes coordonnent l’action locale dans leur plan d’accrochage scolaire.',
  'home.aimsTitle': 'Trois objectifs pour chaque action financée',
  'aim.prevent.title': 'Prévenir',
  'aim.prevent.body':
    'Agir avant que le décrochage ne commence : soutien scolaire, lien avec les familles, climat de classe.',
  'aim.intervene.title': 'Intervenir',
  'aim.intervene.body':
    'Réagir dès qu’un élève est sur le point de décrocher, avec l’école, la famille et les services.',
  'aim.reengage.title': 'Raccrocher',
  'aim.reengage.body': 'Aider un jeune qui a interrompu sa scolarité ou sa formation à reprendre un parcours.',
  'home.figuresTitle': 'Chiffres clés',
  'home.schemesTitle': 'Les dispositifs de financement',
  'home.timelineLink': 'Voir la chronologie de la politique régionale',
  'home.municipalitiesLink': 'Voir les 19 communes',

  'schemes.title': 'Dispositifs de financement',
  'schemes.description':
    'Les dispositifs régionaux contre le décrochage scolaire : DAS, DASC, subvention communale, coordinateurs ' +
    'communaux, pASc et appel pilote pour l’enseignement qualifiant.',
  'schemes.lead':
    'La Région soutient la lutte contre le décrochage par plusieurs dispositifs. Les appels ont lieu tous les trois ' +
    'ans, pour simplifier les démarches des porteurs de projets.',
  'schemes.latest': 'Dernier financement : {period}, enveloppe {amount}',
  'scheme.kind.recurring': 'Appel à projets tous les trois ans',
  'scheme.kind.one_off': 'Appel à projets unique',
  'scheme.kind.municipal': 'Financement des communes',
  'scheme.funds': 'Ce que le dispositif finance',
  'scheme.eligibility': 'Qui peut en bénéficier',
  'scheme.beneficiaries': 'Public visé',
  'scheme.callsTitle': 'Appels et financements passés',
  'scheme.callsCaption': 'Appels et financements de « {name} », du plus récent au plus ancien',
  'scheme.noCalls': 'Aucun appel n’est encore enregistré pour ce dispositif.',
  'scheme.sourcesTitle': 'Sources',
  'calls.period': 'Période',
  'calls.call': 'Appel',
  'calls.launched': 'Lancement',
  'calls.envelope': 'Enveloppe',
  'calls.count': 'Financés',
  'calls.source': 'Source',
  'calls.perYear': 'par an',

  'timeline.title': 'Chronologie',
  'timeline.description':
    'Les étapes de la politique bruxelloise contre le décrochage scolaire depuis 2015, chacune avec sa source.',
  'timeline.lead': 'Les étapes de la politique régionale contre le décrochage scolaire, de 2015 à aujourd’hui.',
  'timeline.schemeLink': 'Voir le dispositif',

  'municipalities.title': 'Les 19 communes',
  'municipalities.description':
    'Les 19 communes de la Région de Bruxelles-Capitale : codes NIS, noms en français et en néerlandais, codes postaux.',
  'municipalities.lead':
    'Chaque commune dispose d’un coordinateur de l’accrochage scolaire et d’un plan communal qui relie ses constats ' +
    'locaux aux projets qui y répondent.',
  'municipalities.caption': 'Les {count} communes, par code NIS',
  'municipalities.sourceNote':
    'Codes NIS et noms : nomenclature REFNIS 2019 de Statbel. Codes postaux : codes bpost ordinaires dont la commune ' +
    'est la commune principale.',
  'municipality.nis': 'Code NIS',
  'municipality.nameFr': 'Nom en français',
  'municipality.nameNl': 'Nom en néerlandais',
  'municipality.postalCodes': 'Codes postaux',
  'municipality.description': '{name} (code NIS {nis}) : commune de la Région de Bruxelles-Capitale dans Accroche.',
  'municipality.schemesTitle': 'Dispositifs communaux',
  'municipality.schemesLead': 'Comme les 18 autres communes, {name} est concernée par ces dispositifs régionaux.',

  'accessibility.title': 'Déclaration d’accessibilité',
  'accessibility.description': 'Le niveau d’accessibilité d’Accroche et la manière de signaler un problème.',
  'accessibility.intro':
    'perspective.brussels veut qu’Accroche soit utilisable par tout le monde, y compris les personnes qui naviguent ' +
    'au clavier, avec un lecteur d’écran ou avec un agrandissement.',
  'accessibility.statusTitle': 'État de conformité',
  'accessibility.status':
    'Accroche vise la conformité au niveau AA des règles WCAG 2.1, qui correspond à la norme européenne EN 301 549.',
  'accessibility.testing':
    'Chaque page publique est contrôlée automatiquement en français, en néerlandais et en anglais à chaque ' +
    'modification du code, avec l’outil axe-core dans un vrai navigateur. Un contrôle automatique ne remplace pas ' +
    'un audit complet par des personnes.',
  'accessibility.featuresTitle': 'Ce que vous pouvez attendre',
  'accessibility.features':
    'Un lien d’évitement vers le contenu, une navigation entièrement au clavier avec un focus visible, des ' +
    'contrastes suffisants, des tableaux avec en-têtes, des pages qui fonctionnent sans JavaScript et qui restent ' +
    'lisibles agrandies à 200 %.',
  'accessibility.contactTitle': 'Signaler un problème',
  'accessibility.contact':
    'Si un contenu ou une fonction vous reste inaccessible, écrivez au Service École de perspective.brussels en ' +
    'indiquant la page concernée. Nous vous proposerons une alternative et corrigerons le problème.',

  'privacy.title': 'Protection de la vie privée',
  'privacy.description': 'Quelles données Accroche traite, pourquoi, et quels sont vos droits.',
  'privacy.intro':
    'Accroche traite le moins de données personnelles possible, conformément au règlement général sur la ' +
    'protection des données (RGPD).',
  'privacy.controllerTitle': 'Responsable du traitement',
  'privacy.controller':
    'perspective.brussels, organisme d’intérêt public de la Région de Bruxelles-Capitale, par son Service École.',
  'privacy.dataTitle': 'Données traitées',
  'privacy.data':
    'Les pages publiques se consultent sans compte. Pour les personnes qui déposent ou suivent un projet, Accroche ' +
    'conserve leur nom, leur adresse e-mail, leur organisation et les documents qu’elles déposent, pour gérer les ' +
    'subventions (mission de service public).',
  'privacy.pupils':
    'Accroche ne contient aucune donnée nominative d’élèves : les projets sont suivis par des chiffres agrégés ' +
    '(nombre de jeunes par tranche d’âge, niveau et sexe), jamais par des personnes nommées.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookies':
    'Accroche n’utilise que des cookies techniques : l’un retient la langue choisie, un autre protège les formulaires contre les envois frauduleux, et un cookie de session vous garde connecté quand vous avez un compte. Il n’y a ni cookie publicitaire ni mesure d’audience par un tiers.',
  'privacy.logsTitle': 'Journaux techniques',
  'privacy.logs':
    'Le serveur enregistre chaque requête (adresse demandée, code de réponse, durée) pour la sécurité et le bon ' +
    'fonctionnement du service.',
  'privacy.rightsTitle': 'Vos droits',
  'privacy.rights':
    'Vous pouvez demander l’accès à vos données, leur rectification ou leur effacement auprès de perspective.brussels, ' +
    'et introduire une réclamation auprès de l’Autorité de protection des données.',

  'apiDocs.title': 'API et données ouvertes',
  'apiDocs.description': 'L’API JSON d’Accroche : dispositifs, appels, communes, chronologie et chiffres clés.',
  'apiDocs.lead':
    'Toutes les données publiques d’Accroche sont disponibles en JSON, sans clé, pour les réutiliser librement en ' +
    'citant leurs sources.',
  'apiDocs.spec': 'Description complète au format OpenAPI :',
  'apiDocs.conventions':
    'Les montants sont en centimes d’euro (entiers), les textes en français, néerlandais et anglais, et les erreurs ' +
    'suivent le format « problem details » (RFC 9457).',
  'apiDocs.parameters': 'Paramètres',
  'apiDocs.name': 'Nom',
  'apiDocs.in': 'Emplacement',
  'apiDocs.type': 'Type',
  'apiDocs.required': 'Obligatoire',
  'apiDocs.schemas': 'Schémas des données',

  'error.404.title': 'Page introuvable',
  'error.404.body':
    'Cette adresse ne correspond à aucune page. Elle a peut-être changé, ou contient une faute de frappe.',
  'error.500.title': 'Une erreur est survenue',
  'error.500.body':
    'Le serveur n’a pas pu traiter votre demande. Réessayez dans un instant ; si le problème persiste, signalez-le.',
  'error.503.title': 'Trop de demandes en ce moment',
  'error.503.body':
    'Le serveur reçoit plus de demandes qu’il ne peut en traiter à la fois. Réessayez dans quelques secondes.',
  'error.reference': 'Référence de l’erreur : {id}',
  'error.home': 'Retour à l’accueil',

  'problem.BAD_REQUEST': 'Requête incorrecte',
  'problem.VALIDATION': 'Données non valides',
  'problem.UNAUTHENTICATED': 'Authentification requise',
  'problem.FORBIDDEN': 'Accès refusé',
  'problem.NOT_FOUND': 'Introuvable',
  'problem.CONFLICT': 'Conflit',
  'problem.PRECONDITION_FAILED': 'Condition préalable non remplie',
  'problem.UNAVAILABLE': 'Service momentanément surchargé',
  'problem.INTERNAL': 'Erreur interne',
  'problem.invalidParameters': 'Un ou plusieurs paramètres ne sont pas valides.',
  'problem.PAYLOAD_TOO_LARGE': 'Requête trop volumineuse',
  'problem.UNSUPPORTED_MEDIA_TYPE': 'Type de contenu non pris en charge',
  'problem.unreadableBody': 'Le contenu envoyé n’a pas pu être lu : il est incomplet ou mal formé.',
  'problem.sendJson': 'Envoyez le contenu en application/json.',
  'problem.tooLarge': 'Ce que vous avez envoyé dépasse la taille permise ici ({max}). Rien n’a été enregistré.',
  'input.badCharacter':
    'Ce champ contient un caractère non permis (caractère nul ou demi-codet de substitution isolé) : retirez-le.',
  'error.400.title': 'Données refusées',
  'error.400.body':
    'Ce que vous avez envoyé n’a pas pu être traité. Revenez en arrière, vérifiez votre saisie et réessayez.',
  'error.400.field': '{field} : {message}',
  'error.413.title': 'Envoi trop volumineux',
  'nav.signIn': 'Se connecter',
  'nav.signUp': 'Créer un compte',
  'nav.account': 'Mon compte',
  'nav.signOut': 'Se déconnecter',
  'nav.accountLabel': 'Compte',
  'form.errorSummary': 'Le formulaire n’a pas été envoyé. Corrigez ce qui suit :',
  'form.required': 'obligatoire',
  'field.name': 'Prénom et nom',
  'field.email': 'Adresse e-mail',
  'field.password': 'Mot de passe',
  'field.passwordHint':
    'Au moins 12 caractères. Une phrase de plusieurs mots est à la fois plus sûre et plus facile à retenir.',
  'field.newPassword': 'Nouveau mot de passe',
  'field.currentPassword': 'Mot de passe actuel',
  'field.lang': 'Langue de l’interface et des e-mails',
  'error.nameRequired': 'Indiquez votre nom.',
  'error.emailInvalid': 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
  'error.passwordShort': 'Le mot de passe doit compter au moins 12 caractères.',
  'error.passwordLong': 'Le mot de passe ne peut pas dépasser 128 caractères.',
  'error.passwordRequired': 'Indiquez votre mot de passe.',
  'error.signInFailed': 'Adresse e-mail ou mot de passe incorrect.',
  'error.notVerified': 'Confirmez d’abord votre adresse e-mail : nous venons de vous renvoyer un lien.',
  'error.throttled': 'Trop de tentatives. Réessayez dans {seconds} secondes.',
  'error.generic': 'Une erreur est survenue. Réessayez dans un instant.',
  'error.403.title': 'Accès refusé',
  'error.403.body':
    'Vous ne pouvez pas effectuer cette action. Si un formulaire a expiré, rechargez la page et réessayez.',
  'signUp.title': 'Créer un compte',
  'signUp.description': 'Créez un compte Accroche pour déposer et suivre les projets de votre organisation.',
  'signUp.lead':
    'Un compte personnel vous permet de déposer des projets pour votre école, association ou service communal, et d’en suivre le financement.',
  'signUp.submit': 'Créer mon compte',
  'signUp.haveAccount': 'Vous avez déjà un compte ?',
  'signUp.sentTitle': 'Vérifiez votre boîte mail',
  'signUp.sentBody':
    'Si cette adresse peut être utilisée, nous y avons envoyé un lien de confirmation, valable 24 heures. Ouvrez-le pour activer votre compte.',
  'signIn.title': 'Se connecter',
  'signIn.description': 'Connectez-vous à votre compte Accroche.',
  'signIn.submit': 'Se connecter',
  'signIn.forgot': 'Mot de passe oublié ?',
  'signIn.noAccount': 'Pas encore de compte ?',
  'forgot.title': 'Mot de passe oublié',
  'forgot.description': 'Recevez un lien pour choisir un nouveau mot de passe.',
  'forgot.lead':
    'Indiquez votre adresse e-mail : si un compte y est lié, nous y enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'Envoyer le lien',
  'forgot.sentBody': 'Si un compte est lié à cette adresse, un lien valable une heure vient d’y être envoyé.',
  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.description': 'Choisissez un nouveau mot de passe pour votre compte Accroche.',
  'reset.submit': 'Enregistrer le mot de passe',
  'reset.invalidTitle': 'Ce lien n’est plus valable',
  'reset.invalidBody': 'Le lien a expiré ou a déjà servi. Vous pouvez en demander un nouveau.',
  'reset.doneTitle': 'Mot de passe modifié',
  'reset.doneBody':
    'Votre mot de passe a été changé et toutes vos sessions ont été fermées. Vous pouvez vous connecter.',
  'account.title': 'Mon compte',
  'account.description': 'Votre profil, votre mot de passe et vos sessions.',
  'account.verified': 'Votre adresse e-mail est confirmée. Bienvenue dans Accroche !',
  'account.profileTitle': 'Profil',
  'account.save': 'Enregistrer',
  'account.saved': 'Vos modifications sont enregistrées.',
  'account.passwordTitle': 'Changer de mot de passe',
  'account.passwordSubmit': 'Changer le mot de passe',
  'account.passwordChanged': 'Votre mot de passe est changé. Vos autres sessions ont été fermées.',
  'account.passwordWrong': 'Le mot de passe actuel est incorrect.',
  'account.sessionsTitle': 'Sessions ouvertes',
  'account.sessionsCaption': 'Les appareils connectés à votre compte',
  'account.sessionDevice': 'Appareil',
  'account.sessionStarted': 'Ouverte le',
  'account.sessionAddress': 'Adresse IP',
  'account.sessionCurrent': 'Cette session',
  'account.revoke': 'Fermer cette session',
  'account.revoked': 'La session a été fermée.',
  'account.signedOut': 'Vous êtes déconnecté.',
  'nav.admin': 'Administration',
  'admin.usersTitle': 'Utilisateurs',
  'admin.usersDescription': 'Rechercher les comptes, attribuer les rôles, désactiver un compte.',
  'admin.auditTitle': 'Journal d’audit',
  'admin.auditDescription': 'Chaque changement d’état, avec son auteur, sa date et sa requête.',
  'admin.outboxTitle': 'Courriels sortants',
  'admin.outboxDescription': 'Les messages envoyés, en attente ou en échec.',
  'admin.search': 'Rechercher',
  'admin.searchLabel': 'Nom ou adresse e-mail',
  'admin.filter': 'Filtrer',
  'admin.results': '{count} résultat(s)',
  'admin.previous': 'Page précédente',
  'admin.next': 'Page suivante',
  'admin.pagination': 'Pagination',
  'admin.name': 'Nom',
  'admin.email': 'Adresse e-mail',
  'admin.verified': 'Adresse confirmée',
  'admin.roles': 'Rôles',
  'admin.status': 'État',
  'admin.active': 'Actif',
  'admin.disabled': 'Désactivé',
  'admin.created': 'Créé le',
  'admin.noRole': 'Demandeur (aucun rôle)',
  'admin.rolesLegend': 'Rôles de la plateforme',
  'admin.municipality': 'Commune du coordinateur',
  'admin.noMunicipality': '— aucune —',
  'admin.saveRoles': 'Enregistrer les rôles',
  'admin.disable': 'Désactiver le compte',
  'admin.enable': 'Réactiver le compte',
  'admin.disableHint': 'Désactiver un compte ferme aussitôt toutes ses sessions.',
  'admin.rolesSaved': 'Les rôles sont enregistrés.',
  'admin.statusSaved': 'L’état du compte est enregistré.',
  'admin.coordinatorNeedsMunicipality': 'Un coordinateur doit être lié à une commune.',
  'admin.when': 'Quand',
  'admin.actor': 'Auteur',
  'admin.action': 'Action',
  'admin.entity': 'Objet',
  'admin.changes': 'Changements',
  'admin.request': 'Requête',
  'admin.ip': 'Adresse IP',
  'admin.from': 'Du (jour)',
  'admin.to': 'Au (jour)',
  'admin.exportCsv': 'Exporter en CSV',
  'admin.anyAction': 'Toutes les actions',
  'admin.anyStatus': 'Tous les états',
  'admin.recipient': 'Destinataire',
  'admin.template': 'Modèle',
  'admin.language': 'Langue',
  'admin.attempts': 'Essais',
  'admin.lastError': 'Dernière erreur',
  'admin.showText': 'Voir le texte',
  'admin.outboxNote':
    'Sans serveur SMTP configuré, les messages sont écrits dans le journal du serveur et gardés ici avec l’état « logged ». Les liens qu’ils contiennent sont personnels : ne les partagez pas.',
  'account.exportTitle': 'Vos données',
  'account.exportBody': 'Téléchargez tout ce qu’Accroche garde à votre sujet, dans un fichier JSON.',
  'account.exportLink': 'Télécharger mes données (JSON)',
  'account.deleteTitle': 'Supprimer mon compte',
  'account.deleteBody':
    'Vos données personnelles seront effacées et vos sessions fermées. Le journal d’audit garde la trace des actions passées sous un identifiant anonyme, sans votre nom ni votre adresse.',
  'account.deleteSubmit': 'Supprimer définitivement mon compte',
  'account.deletedTitle': 'Compte supprimé',
  'account.deletedBody':
    'Votre compte et vos données personnelles ont été effacés. Un dernier e-mail vous le confirme.',
  'tfa.title': 'Vérification en deux étapes',
  'tfa.on': 'Activée : un code de votre application d’authentification est demandé à chaque connexion.',
  'tfa.off':
    'Désactivée. Un code à six chiffres, donné par une application comme FreeOTP, Aegis ou Google Authenticator, protège votre compte même si votre mot de passe est volé.',
  'tfa.required': 'Votre rôle demande la vérification en deux étapes : activez-la pour accéder aux pages du personnel.',
  'tfa.pending':
    'Votre rôle ({roles}) reste inactif tant que la vérification en deux étapes n’est pas activée : d’ici là, vous avez les droits d’un porteur de projet.',
  'tfa.pendingLink': 'Activer la vérification en deux étapes',
  'tfa.requiredDetail':
    'La vérification en deux étapes est requise : votre rôle ne compte qu’une fois celle-ci activée dans votre compte.',
  'role.admin': 'administration',
  'role.officer': 'agent du Service École',
  'role.librarian': 'bibliothécaire',
  'tfa.enable': 'Activer la vérification en deux étapes',
  'tfa.disable': 'Désactiver la vérification en deux étapes',
  'tfa.setupTitle': 'Configurer votre application',
  'tfa.setupIntro':
    'Ajoutez un compte dans votre application d’authentification avec la clé ci-dessous (ou ouvrez le lien sur votre téléphone), puis entrez le code à six chiffres qu’elle affiche.',
  'tfa.key': 'Clé',
  'tfa.openLink': 'Ouvrir dans l’application',
  'tfa.backupTitle': 'Codes de secours',
  'tfa.backupIntro':
    'Gardez ces codes en lieu sûr : chacun permet une connexion si vous perdez votre téléphone. Ils ne seront plus affichés.',
  'tfa.code': 'Code à six chiffres',
  'tfa.codeHint': 'Le code change toutes les 30 secondes.',
  'tfa.confirm': 'Confirmer',
  'tfa.enabled': 'La vérification en deux étapes est activée.',
  'tfa.disabled': 'La vérification en deux étapes est désactivée.',
  'tfa.wrongCode': 'Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et réessayez.',
  'tfa.signInTitle': 'Code de vérification',
  'tfa.signInIntro': 'Entrez le code affiché par votre application d’authentification, ou un code de secours.',
  'tfa.expired': 'La connexion a expiré. Recommencez.',
  'org.check.lookup': 'Vérifier ce numéro dans la Banque-Carrefour des Entreprises',
  'org.check.submit': 'Marquer le numéro d’entreprise comme vérifié',
  'org.notice.checked': 'Le numéro d’entreprise est marqué comme vérifié.',
  'common.scrollTable': 'Tableau, défilable horizontalement',
  'common.actions': 'Actions',
  'common.unknown': 'inconnu',
  'org.type.school': 'École',
  'org.type.association': 'Association (asbl)',
  'org.type.municipal_service': 'Service communal',
  'org.type.social_welfare_centre': 'Centre public d’action sociale (CPAS)',
  'org.type.other': 'Autre',
  'org.role.owner': 'Responsable',
  'org.role.member': 'Membre',
  'org.languageSystem.fr': 'Enseignement francophone (Fédération Wallonie-Bruxelles)',
  'org.languageSystem.nl': 'Enseignement néerlandophone (Communauté flamande)',
  'org.schoolLevel.nursery': 'Maternel',
  'org.schoolLevel.primary': 'Primaire',
  'org.schoolLevel.secondary': 'Secondaire',
  'org.educationType.general': 'Général',
  'org.educationType.technical': 'Technique',
  'org.educationType.vocational': 'Professionnel',
  'org.field.type': 'Type d’organisation',
  'org.field.legalName': 'Dénomination officielle',
  'org.field.enterpriseNumber': 'Numéro d’entreprise (BCE)',
  'org.field.enterpriseNumberHint':
    'Dix chiffres, par exemple 0123.456.749. Obligatoire, sauf pour le type « Autre ». Pour une école ou un ' +
    'service communal, indiquez le numéro de son pouvoir organisateur ou de la commune.',
  'org.field.municipality': 'Commune',
  'org.field.municipalityHint': 'La commune bruxelloise où l’organisation est établie.',
  'org.field.street': 'Rue et numéro',
  'org.field.postalCode': 'Code postal',
  'org.field.city': 'Localité',
  'org.field.iban': 'Compte bancaire (IBAN)',
  'org.field.ibanHint':
    'Par exemple BE68 5390 0754 7034. Facultatif pour l’instant, mais nécessaire avant tout paiement.',
  'org.field.lang': 'Langue de correspondance',
  'org.field.schoolNumber': 'Numéro de l’école',
  'org.field.schoolNumberHint':
    'Le numéro FASE de la Fédération Wallonie-Bruxelles, ou le numéro d’établissement de la Communauté flamande.',
  'org.field.languageSystem': 'Régime linguistique',
  'org.field.schoolLevel': 'Niveau d’enseignement',
  'org.field.educationType': 'Forme d’enseignement',
  'org.field.educationTypeHint': 'Pour l’enseignement secondaire seulement.',
  'org.form.choose': '— Choisir —',
  'org.form.addressLegend': 'Adresse',
  'org.form.schoolLegend': 'Pour les écoles',
  'org.form.schoolHint':
    'À remplir uniquement si l’organisation est une école : ces champs sont ignorés pour les autres types.',
  'org.new.title': 'Enregistrer une organisation',
  'org.new.description': 'Enregistrez votre école, association ou service pour répondre aux appels à projets.',
  'org.new.lead': 'Vous en serez responsable et pourrez ensuite inviter vos collègues.',
  'org.new.submit': 'Enregistrer l’organisation',
  'org.edit.title': 'Modifier « {name} »',
  'org.edit.submit': 'Enregistrer les modifications',
  'org.edit.cancel': 'Retour à l’organisation sans enregistrer',
  'org.list.title': 'Mes organisations',
  'org.list.description': 'Les organisations dont vous faites partie sur Accroche.',
  'org.list.lead': 'Vous déposez et suivez les projets au nom d’une organisation dont vous êtes membre.',
  'org.list.allTitle': 'Organisations',
  'org.list.allLead': 'Toutes les organisations enregistrées sur Accroche.',
  'org.list.create': 'Enregistrer une organisation',
  'org.list.empty':
    'Vous ne faites encore partie d’aucune organisation. Enregistrez la vôtre, ou demandez à ses responsables de ' +
    'vous inviter.',
  'org.list.caption': 'Organisations ({count})',
  'org.list.myRole': 'Votre rôle',
  'org.search.label': 'Rechercher par nom ou numéro d’entreprise',
  'org.search.submit': 'Rechercher',
  'org.search.none': 'Aucune organisation ne correspond à cette recherche.',
  'org.search.limited': 'Seules les {count} premières sont affichées : précisez la recherche.',
  'org.detail.description': 'Les données, les membres et les invitations d’une organisation.',
  'org.detail.back': 'Retour à la liste des organisations',
  'org.detail.detailsTitle': 'Données de l’organisation',
  'org.detail.enterpriseChecked': 'Vérification du numéro d’entreprise',
  'org.detail.notChecked': 'Pas encore vérifié par le Service École',
  'org.detail.edit': 'Modifier les données',
  'org.members.title': 'Membres',
  'org.members.caption': 'Membres de l’organisation ({count})',
  'org.members.role': 'Rôle',
  'org.members.joined': 'Membre depuis le',
  'org.members.you': '(vous)',
  'org.members.remove': 'Retirer {name}',
  'org.invitations.title': 'Invitations en attente',
  'org.invitations.caption': 'Invitations en attente de réponse ({count})',
  'org.invitations.expires': 'Valable jusqu’au',
  'org.invitations.none': 'Aucune invitation en attente.',
  'org.invitations.revoke': 'Annuler l’invitation de {email}',
  'org.invite.title': 'Inviter un membre',
  'org.invite.lead':
    'La personne invitée reçoit par e-mail un lien valable sept jours. Elle rejoint l’organisation en se ' +
    'connectant avec cette adresse.',
  'org.invite.role': 'Rôle',
  'org.invite.submit': 'Envoyer l’invitation',
  'org.transfer.title': 'Transmettre la responsabilité',
  'org.transfer.lead': 'Le membre choisi devient responsable de l’organisation ; vous en restez membre.',
  'org.transfer.to': 'Nouveau responsable',
  'org.transfer.submit': 'Transmettre la responsabilité',
  'org.leave.title': 'Quitter l’organisation',
  'org.leave.lead':
    'Vous n’aurez plus accès à ses données ni à ses projets. Pour revenir, il vous faudra une nouvelle invitation.',
  'org.leave.submit': 'Quitter l’organisation',
  'org.leave.lastOwner':
    'Vous êtes l’unique responsable et l’organisation compte d’autres membres : transmettez d’abord la ' +
    'responsabilité à l’un d’eux avant de la quitter.',
  'org.notice.created': 'L’organisation est enregistrée. Vous pouvez maintenant inviter vos collègues.',
  'org.notice.updated': 'Les modifications sont enregistrées.',
  'org.notice.invited': 'L’invitation est envoyée.',
  'org.notice.revoked': 'L’invitation est annulée : son lien ne fonctionne plus.',
  'org.notice.removed': 'Le membre a été retiré de l’organisation.',
  'org.notice.transferred': 'La responsabilité a été transmise. Vous restez membre de l’organisation.',
  'org.notice.joined': 'Bienvenue ! Vous êtes maintenant membre de l’organisation.',
  'org.notice.left': 'Vous avez quitté l’organisation.',
  'org.error.required': 'Ce champ est obligatoire.',
  'org.error.tooLong': 'Ce texte est trop long.',
  'org.error.invalidChoice': 'Choisissez une des options proposées.',
  'org.error.invalid': 'Cette valeur n’est pas valable.',
  'org.error.enterprise.notDigits':
    'Le numéro d’entreprise ne contient que des chiffres (points et espaces permis), par exemple 0123.456.749.',
  'org.error.enterprise.wrongLength': 'Un numéro d’entreprise compte 10 chiffres, par exemple 0123.456.749.',
  'org.error.enterprise.wrongFirstDigit':
    'Un numéro d’entreprise commence par 0 ou 1. Un numéro qui commence par 2 à 8 est celui d’une unité ' +
    'd’établissement : indiquez celui de l’entreprise.',
  'org.error.enterprise.wrongCheckDigits':
    'Ce numéro d’entreprise ne peut pas exister : ses deux derniers chiffres (les chiffres de contrôle) ne ' +
    'correspondent pas aux huit premiers. Vérifiez qu’aucun chiffre n’a été mal tapé.',
  'org.error.iban.invalidCharacters': 'Un IBAN ne contient que des lettres et des chiffres (espaces permis).',
  'org.error.iban.unknownCountry': 'Un IBAN commence par le code d’un pays, par exemple BE pour la Belgique.',
  'org.error.iban.wrongLength':
    'Cet IBAN n’a pas la bonne longueur pour son pays (16 caractères pour un compte belge, par exemple BE68 5390 ' +
    '0754 7034).',
  'org.error.iban.notDigits': 'Après « BE », un IBAN belge ne contient que des chiffres.',
  'org.error.iban.wrongCheckDigits':
    'Cet IBAN n’est pas valable : ses chiffres de contrôle ne correspondent pas au reste du numéro. Vérifiez ' +
    'qu’aucun caractère n’a été mal tapé.',
  'org.error.iban.wrongAccountCheck':
    'Cet IBAN n’est pas valable : le numéro de compte belge qu’il contient a de mauvais chiffres de contrôle (les ' +
    'deux derniers). Vérifiez le numéro.',
  'org.error.postalCode': 'Indiquez un code postal belge de quatre chiffres, par exemple 1000.',
  'org.error.schoolNumber': 'Le numéro de l’école compte de un à six chiffres.',
  'org.error.unknownMunicipality': 'Choisissez une des 19 communes bruxelloises.',
  'org.error.enterpriseTaken':
    'Une organisation de ce type est déjà enregistrée avec ce numéro d’entreprise : demandez à ses responsables de ' +
    'vous inviter.',
  'org.error.schoolNumberTaken':
    'Une école est déjà enregistrée avec ce numéro : demandez à ses responsables de vous inviter.',
  'org.error.email': 'Indiquez une adresse e-mail valable, par exemple nom@exemple.be.',
  'org.error.alreadyMember': 'Cette personne est déjà membre de l’organisation.',
  'org.api.unauthorized': 'Connexion requise',
  'org.api.unauthorizedDetail': 'Connectez-vous pour utiliser cette opération.',
  'org.api.foreignOrigin': 'Requête venant d’un autre site refusée.',
  'invitation.title': 'Invitation',
  'invitation.description': 'Rejoindre une organisation sur Accroche.',
  'invitation.lead': '{organisation} vous invite à la rejoindre sur Accroche.',
  'invitation.role': 'Rôle proposé : {role}',
  'invitation.expires': 'Cette invitation est valable jusqu’au {date}.',
  'invitation.accept': 'Rejoindre {organisation}',
  'invitation.toOrganisations': 'Voir mes organisations',
  'invitation.unknown.title': 'Lien d’invitation inconnu',
  'invitation.unknown.body':
    'Ce lien ne correspond à aucune invitation. Vérifiez qu’il a été copié en entier, ou demandez une nouvelle ' +
    'invitation.',
  'invitation.expired.title': 'Cette invitation a expiré',
  'invitation.expired.body':
    'Une invitation est valable sept jours. Demandez aux responsables de l’organisation de vous en envoyer une ' +
    'nouvelle.',
  'invitation.revoked.title': 'Cette invitation a été annulée',
  'invitation.revoked.body':
    'Les responsables de l’organisation ont annulé cette invitation ou en ont envoyé une plus récente : utilisez ' +
    'le lien du dernier e-mail reçu.',
  'invitation.used.title': 'Cette invitation a déjà été utilisée',
  'invitation.used.body':
    'Un lien d’invitation ne sert qu’une fois. Si vous l’avez utilisé vous-même, l’organisation figure déjà parmi ' +
    'vos organisations.',
  'invitation.wrongAddress.title': 'Cette invitation est destinée à une autre adresse',
  'invitation.wrongAddress.body':
    'Votre compte utilise l’adresse {email}, qui n’est pas celle qui a été invitée. Déconnectez-vous, puis ' +
    'connectez-vous (ou créez un compte) avec l’adresse qui a reçu l’invitation.',
} as const;

/** The core messages and each area's own (an area keeps its messages in its own file, in three languages). */
export const fr = {
  ...core,
  ...calls,
  ...library,
  ...libraryCuration,
  ...figures,
  ...applications,
  ...forms,
  ...schools,
  ...screening,
} as const;

export type MessageKey = keyof typeof fr;
