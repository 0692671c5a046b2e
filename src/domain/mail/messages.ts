import type { Lang } from '../../core/i18n/index.ts';

/**
 * The texts of outgoing mail, apart from the interface catalogues: mail is read outside the site, so it names the
 * platform and the sender in full. French is the reference; TypeScript refuses a language that misses a key.
 * No text holds markup: the HTML part escapes each one whole.
 */
const fr = {
  'greeting.named': 'Bonjour {name},',
  'greeting.anonymous': 'Bonjour,',
  'common.expires': "Ce lien est valable jusqu'au {expires} (heure de Bruxelles).",
  'common.linkFallback': 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  'common.signature': 'Le Service École de perspective.brussels',
  'common.footer':
    'Ce message automatique vous est envoyé par Accroche, la plateforme du Service École de perspective.brussels. ' +
    'Merci de ne pas y répondre.',

  'verifyEmail.subject': 'Confirmez votre adresse e-mail – Accroche',
  'verifyEmail.intro':
    'Confirmez que cette adresse e-mail est bien la vôtre pour pouvoir utiliser votre compte Accroche.',
  'verifyEmail.action': 'Confirmer mon adresse e-mail',
  'verifyEmail.ignore':
    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : aucun compte ne sera activé.",

  'resetPassword.subject': 'Réinitialisation de votre mot de passe – Accroche',
  'resetPassword.intro': 'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Accroche.',
  'resetPassword.action': 'Choisir un nouveau mot de passe',
  'accountExists.subject': 'Tentative de création de compte – Accroche',
  'accountExists.intro':
    'Quelqu’un a voulu créer un compte Accroche avec votre adresse e-mail, qui en a déjà un. Si c’était vous, ' +
    'connectez-vous, ou choisissez un nouveau mot de passe si vous l’avez oublié.',
  'accountExists.action': 'Choisir un nouveau mot de passe',
  'accountExists.ignore': 'Si ce n’était pas vous, vous pouvez ignorer ce message : votre compte n’a pas changé.',
  'resetPassword.ignore':
    "Si vous n'avez pas fait cette demande, ignorez ce message : votre mot de passe reste inchangé.",

  'invitation.subject': 'Invitation à rejoindre {organisation} sur Accroche',
  'invitation.intro':
    "{inviter} vous invite à rejoindre l'organisation {organisation} sur Accroche, la plateforme du Service École " +
    'de perspective.brussels pour les appels à projets et le suivi des projets.',
  'invitation.action': "Accepter l'invitation",
  'invitation.ignore': 'Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer ce message.',

  'passwordChanged.subject': 'Votre mot de passe a été modifié – Accroche',
  'passwordChanged.intro': 'Le mot de passe de votre compte Accroche a été modifié le {date} (heure de Bruxelles).',
  'passwordChanged.ok': "Si c'est bien vous, vous n'avez rien à faire.",
  'passwordChanged.notYou':
    "Si vous n'êtes pas à l'origine de cette modification, choisissez immédiatement un nouveau mot de passe et " +
    'prévenez le Service École.',
  'passwordChanged.action': 'Réinitialiser mon mot de passe',

  'accountDeleted.subject': 'Votre compte Accroche a été supprimé',
  'accountDeleted.intro':
    'Votre compte Accroche a été supprimé le {date} (heure de Bruxelles). Vous ne pouvez plus vous connecter avec ' +
    'cette adresse e-mail.',
  'accountDeleted.notYou':
    "Si vous n'avez pas demandé cette suppression, contactez le Service École de perspective.brussels.",
  'receipt.subject': 'Accusé de réception de votre dossier {reference} – Accroche',
  'receipt.intro':
    'Le Service École a bien reçu le dossier {reference} déposé par {organisation} pour l’appel « {call} », le ' +
    '{date} (heure de Bruxelles).',
  'receipt.pdf': 'Vous trouverez en pièce jointe le dossier tel qu’il a été déposé, au format PDF.',
  'receipt.action': 'Suivre mon dossier',
  'receipt.next': 'Le dossier est maintenant examiné : nous vous écrirons si des informations manquent.',

  'infoRequest.subject': 'Informations demandées pour votre dossier {reference} – Accroche',
  'infoRequest.intro': 'Le Service École a besoin d’informations complémentaires sur le dossier {reference} ({call}) :',
  'infoRequest.due': 'Merci de répondre dans votre dossier avant le {due} (heure de Bruxelles).',
  'infoRequest.action': 'Répondre dans mon dossier',

  'reminder.subject': 'L’appel « {call} » se clôture le {closes} – Accroche',
  'reminder.intro':
    'Votre dossier {reference} n’a pas encore été déposé. L’appel « {call} » se clôture le {closes} (heure de ' +
    'Bruxelles) : un dossier non déposé à ce moment ne pourra plus l’être.',
  'reminder.action': 'Compléter et déposer mon dossier',

  'coApplicant.subject': 'Invitation à compléter le dossier {reference} sur Accroche',
  'coApplicant.intro':
    '{inviter} vous invite à compléter avec lui ou elle le dossier {reference} de {organisation} pour l’appel ' +
    '« {call} ».',
  'coApplicant.action': 'Accepter l’invitation',
} as const;

export type MailMessageKey = keyof typeof fr;

const nl: Record<MailMessageKey, string> = {
  'greeting.named': 'Beste {name},',
  'greeting.anonymous': 'Beste,',
  'common.expires': 'Deze link is geldig tot {expires} (Brusselse tijd).',
  'common.linkFallback': 'Werkt de knop niet? Kopieer dan deze link naar uw browser:',
  'common.signature': 'De Dienst School van perspective.brussels',
  'common.footer':
    'Dit is een automatisch bericht van Accroche, het platform van de Dienst School van perspective.brussels. ' +
    'Gelieve er niet op te antwoorden.',

  'verifyEmail.subject': 'Bevestig uw e-mailadres – Accroche',
  'verifyEmail.intro': 'Bevestig dat dit e-mailadres van u is, zodat u uw Accroche-account kunt gebruiken.',
  'verifyEmail.action': 'Mijn e-mailadres bevestigen',
  'verifyEmail.ignore': 'Hebt u dit niet aangevraagd? Negeer dan dit bericht: er wordt geen account geactiveerd.',

  'resetPassword.subject': 'Uw wachtwoord opnieuw instellen – Accroche',
  'resetPassword.intro':
    'We hebben een aanvraag ontvangen om het wachtwoord van uw Accroche-account opnieuw in te stellen.',
  'resetPassword.action': 'Een nieuw wachtwoord kiezen',
  'accountExists.subject': 'Poging om een account aan te maken – Accroche',
  'accountExists.intro':
    'Iemand wilde een Accroche-account aanmaken met uw e-mailadres, dat er al een heeft. Was u dat, meld u dan ' +
    'aan, of kies een nieuw wachtwoord als u het vergeten bent.',
  'accountExists.action': 'Een nieuw wachtwoord kiezen',
  'accountExists.ignore': 'Was u dat niet, dan kunt u dit bericht negeren: uw account is niet gewijzigd.',
  'resetPassword.ignore': 'Hebt u dit niet aangevraagd? Negeer dan dit bericht: uw wachtwoord blijft ongewijzigd.',

  'invitation.subject': 'Uitnodiging om lid te worden van {organisation} op Accroche',
  'invitation.intro':
    '{inviter} nodigt u uit om lid te worden van de organisatie {organisation} op Accroche, het platform van de ' +
    'Dienst School van perspective.brussels voor projectoproepen en de opvolging van projecten.',
  'invitation.action': 'De uitnodiging aanvaarden',
  'invitation.ignore': 'Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.',

  'passwordChanged.subject': 'Uw wachtwoord is gewijzigd – Accroche',
  'passwordChanged.intro': 'Het wachtwoord van uw Accroche-account is gewijzigd op {date} (Brusselse tijd).',
  'passwordChanged.ok': 'Hebt u dat zelf gedaan? Dan hoeft u niets te doen.',
  'passwordChanged.notYou':
    'Hebt u dat niet zelf gedaan? Kies dan meteen een nieuw wachtwoord en verwittig de Dienst School.',
  'passwordChanged.action': 'Mijn wachtwoord opnieuw instellen',

  'accountDeleted.subject': 'Uw Accroche-account is verwijderd',
  'accountDeleted.intro':
    'Uw Accroche-account is verwijderd op {date} (Brusselse tijd). U kunt zich niet meer aanmelden met dit ' +
    'e-mailadres.',
  'accountDeleted.notYou':
    'Hebt u deze verwijdering niet aangevraagd? Neem dan contact op met de Dienst School van perspective.brussels.',
  'receipt.subject': 'Ontvangstbevestiging van uw dossier {reference} – Accroche',
  'receipt.intro':
    'De Dienst School heeft het dossier {reference} van {organisation} voor de oproep “{call}” goed ontvangen op ' +
    '{date} (Brusselse tijd).',
  'receipt.pdf': 'In bijlage vindt u het dossier zoals het werd ingediend, als PDF.',
  'receipt.action': 'Mijn dossier opvolgen',
  'receipt.next': 'Het dossier wordt nu onderzocht: we schrijven u als er informatie ontbreekt.',

  'infoRequest.subject': 'Gevraagde informatie voor uw dossier {reference} – Accroche',
  'infoRequest.intro': 'De Dienst School heeft bijkomende informatie nodig over het dossier {reference} ({call}):',
  'infoRequest.due': 'Gelieve in uw dossier te antwoorden vóór {due} (Brusselse tijd).',
  'infoRequest.action': 'Antwoorden in mijn dossier',

  'reminder.subject': 'De oproep “{call}” sluit op {closes} – Accroche',
  'reminder.intro':
    'Uw dossier {reference} is nog niet ingediend. De oproep “{call}” sluit op {closes} (Brusselse tijd): een ' +
    'dossier dat dan niet is ingediend, kan niet meer worden ingediend.',
  'reminder.action': 'Mijn dossier aanvullen en indienen',

  'coApplicant.subject': 'Uitnodiging om het dossier {reference} aan te vullen op Accroche',
  'coApplicant.intro':
    '{inviter} nodigt u uit om samen het dossier {reference} van {organisation} voor de oproep “{call}” aan te ' +
    'vullen.',
  'coApplicant.action': 'De uitnodiging aanvaarden',
};

const en: Record<MailMessageKey, string> = {
  'greeting.named': 'Hello {name},',
  'greeting.anonymous': 'Hello,',
  'common.expires': 'This link is valid until {expires} (Brussels time).',
  'common.linkFallback': 'If the button does not work, copy this link into your browser:',
  'common.signature': 'The perspective.brussels School Service',
  'common.footer':
    'This is an automatic message from Accroche, the platform of the perspective.brussels School Service. ' +
    'Please do not reply to it.',

  'verifyEmail.subject': 'Confirm your e-mail address – Accroche',
  'verifyEmail.intro': 'Please confirm that this e-mail address is yours so that you can use your Accroche account.',
  'verifyEmail.action': 'Confirm my e-mail address',
  'verifyEmail.ignore': 'If you did not ask for this, ignore this message: no account will be activated.',

  'resetPassword.subject': 'Reset your password – Accroche',
  'resetPassword.intro': 'We received a request to reset the password of your Accroche account.',
  'resetPassword.action': 'Choose a new password',
  'accountExists.subject': 'Attempt to create an account – Accroche',
  'accountExists.intro':
    'Someone tried to create an Accroche account with your e-mail address, which already has one. If it was you, ' +
    'sign in, or choose a new password if you have forgotten it.',
  'accountExists.action': 'Choose a new password',
  'accountExists.ignore': 'If it was not you, you can ignore this message: your account has not changed.',
  'resetPassword.ignore': 'If you did not ask for this, ignore this message: your password stays the same.',

  'invitation.subject': 'Invitation to join {organisation} on Accroche',
  'invitation.intro':
    '{inviter} invites you to join the organisation {organisation} on Accroche, the platform of the ' +
    'perspective.brussels School Service for calls for projects and the monitoring of projects.',
  'invitation.action': 'Accept the invitation',
  'invitation.ignore': 'If you were not expecting this invitation, you can ignore this message.',

  'passwordChanged.subject': 'Your password was changed – Accroche',
  'passwordChanged.intro': 'The password of your Accroche account was changed on {date} (Brussels time).',
  'passwordChanged.ok': 'If this was you, there is nothing more to do.',
  'passwordChanged.notYou': 'If this was not you, choose a new password straight away and let the School Service know.',
  'passwordChanged.action': 'Reset my password',

  'accountDeleted.subject': 'Your Accroche account was deleted',
  'accountDeleted.intro':
    'Your Accroche account was deleted on {date} (Brussels time). You can no longer sign in with this e-mail address.',
  'accountDeleted.notYou':
    'If you did not ask for this deletion, please contact the perspective.brussels School Service.',
  'receipt.subject': 'Receipt for your application {reference} – Accroche',
  'receipt.intro':
    'The School Service received application {reference} from {organisation} for the call “{call}” on {date} ' +
    '(Brussels time).',
  'receipt.pdf': 'The application as submitted is attached as a PDF.',
  'receipt.action': 'Follow my application',
  'receipt.next': 'The application is now being screened: we will write to you if anything is missing.',

  'infoRequest.subject': 'Information requested for your application {reference} – Accroche',
  'infoRequest.intro': 'The School Service needs more information about application {reference} ({call}):',
  'infoRequest.due': 'Please answer in your application before {due} (Brussels time).',
  'infoRequest.action': 'Answer in my application',

  'reminder.subject': 'The call “{call}” closes on {closes} – Accroche',
  'reminder.intro':
    'Your application {reference} has not been submitted yet. The call “{call}” closes on {closes} (Brussels ' +
    'time): an application not submitted by then can no longer be.',
  'reminder.action': 'Complete and submit my application',

  'coApplicant.subject': 'Invitation to complete application {reference} on Accroche',
  'coApplicant.intro':
    '{inviter} invites you to complete application {reference} of {organisation} for the call “{call}” together.',
  'coApplicant.action': 'Accept the invitation',
};

/** The mail catalogues by language. */
export const mailCatalogues: Record<Lang, Record<MailMessageKey, string>> = { fr, nl, en };

export type MailTranslate = (key: MailMessageKey, params?: Record<string, string>) => string;

/** The mail translation function of one language: `{name}` is replaced by `params.name`, once, without escaping. */
export function mailTranslator(lang: Lang): MailTranslate {
  const catalogue = mailCatalogues[lang];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}
