/**
 * Messages of the applications area (the applicant's files), in the three languages. French is the reference:
 * Dutch and English must have exactly the same keys (the catalogue test checks it).
 */
export const fr = {
  'nav.applications': 'Mes dossiers',

  'applications.state.draft': 'Brouillon',
  'applications.state.submitted': 'Déposé',
  'applications.state.withdrawn': 'Retiré',
  'applications.state.info_requested': 'Informations demandées',
  'applications.state.eligible': 'Recevable',
  'applications.state.ineligible': 'Irrecevable',

  'applications.next.complete': 'Compléter et déposer avant le {deadline}',
  'applications.next.too_late': 'L’appel est clôturé : ce brouillon ne peut plus être déposé',
  'applications.next.answer': 'Répondre à la demande d’informations avant le {deadline}',
  'applications.next.answerNoDate': 'Répondre à la demande d’informations',
  'applications.next.wait': 'En cours d’examen par le Service École',
  'applications.next.none': 'Rien à faire',

  'applications.list.title': 'Mes dossiers',
  'applications.list.description': 'Vos candidatures aux appels à projets, leur état et ce qu’il reste à faire.',
  'applications.list.lead':
    'Chaque dossier appartient à une de vos organisations. Vous voyez aussi ceux que vous complétez à l’invitation ' +
    'd’une autre organisation.',
  'applications.list.empty': 'Vous n’avez encore aucun dossier.',
  'applications.list.findCall': 'Voir les appels ouverts',
  'applications.list.caption': 'Mes dossiers ({count})',
  'applications.col.reference': 'Référence',
  'applications.col.project': 'Projet',
  'applications.col.call': 'Appel',
  'applications.col.organisation': 'Organisation',
  'applications.col.state': 'État',
  'applications.col.next': 'Prochaine étape',
  'applications.col.requested': 'Montant demandé',
  'applications.untitled': '(sans titre)',
  'applications.demo': 'Démo',

  'applications.new.title': 'Nouveau dossier : {call}',
  'applications.new.description': 'Commencer un dossier de candidature.',
  'applications.new.lead':
    'Choisissez l’organisation qui dépose le projet et répondez aux questions de recevabilité. Votre dossier est ' +
    'ensuite enregistré à chaque étape : vous pouvez l’interrompre et le reprendre jusqu’à la clôture.',
  'applications.new.organisation': 'Organisation qui dépose le projet',
  'applications.new.noOrganisation':
    'Pour déposer un projet, vous devez appartenir à une organisation enregistrée sur Accroche.',
  'applications.new.createOrganisation': 'Enregistrer une organisation',
  'applications.new.questions': 'Questions de recevabilité',
  'applications.new.submit': 'Commencer le dossier',
  'applications.new.closes': 'Clôture : {date}',
  'applications.new.notEligible': 'Votre organisation ne peut pas répondre à cet appel :',
  'applications.new.existing': 'Votre organisation a déjà un dossier pour cet appel : {reference}.',
  'applications.new.openExisting': 'Ouvrir ce dossier',

  'applications.page.description': 'Dossier de candidature {reference}.',
  'applications.page.callClosesIn': 'L’appel se clôture le {date} ({left}).',
  'applications.page.callClosed': 'L’appel est clôturé depuis le {date}.',
  'applications.page.steps': 'Étapes du dossier',
  'applications.page.stepComplete': 'complète',
  'applications.page.stepIncomplete': 'à compléter',
  'applications.page.stepProblems': '{count} point(s) à corriger',
  'applications.page.edit': 'Modifier',
  'applications.page.view': 'Voir',
  'applications.page.review': 'Relire et déposer',
  'applications.page.pdf': 'Télécharger le dossier (PDF)',
  'applications.page.submittedOn': 'Déposé le {date}.',
  'applications.page.submittedVersion': 'Version déposée',
  'applications.page.currentAnswers': 'Réponses actuelles',
  'applications.page.withdraw': 'Retirer le dossier',
  'applications.page.withdrawHint':
    'Tant que l’appel est ouvert, vous pouvez retirer le dossier déposé ; votre organisation pourra en commencer un ' +
    'autre.',
  'applications.page.amounts': 'Coût total {total}, cofinancement {cofunding}, montant demandé {requested}.',
  'applications.page.screeningReason': 'Motif : {reason}',

  'applications.section.title': '{section} – {reference}',
  'applications.section.stepOf': 'Étape {n} sur {count}',
  'applications.section.save': 'Enregistrer',
  'applications.section.saveNext': 'Enregistrer et continuer',
  'applications.section.back': 'Retour au dossier',
  'applications.section.readOnly': 'Ce dossier ne peut plus être modifié.',
  'applications.section.conflict':
    'Quelqu’un d’autre a enregistré cette étape pendant que vous la modifiiez. Rien n’a été écrasé : votre texte ' +
    'est toujours dans le formulaire ci-dessous. Comparez avec la version enregistrée (lien ci-dessous), puis ' +
    'enregistrez à nouveau.',
  'applications.section.conflictLink': 'Voir la version enregistrée (nouvel onglet)',

  'applications.review.title': 'Relire et déposer – {reference}',
  'applications.review.lead':
    'Vérifiez votre dossier. Une fois déposé, il ne peut plus être modifié ; vous recevrez un accusé de réception ' +
    'par e-mail avec le dossier en PDF.',
  'applications.review.problems': 'Le dossier ne peut pas encore être déposé :',
  'applications.review.ready': 'Toutes les réponses requises sont données.',
  'applications.review.declaration':
    'Je déclare sur l’honneur que les informations de ce dossier sont exactes et complètes, et que je suis ' +
    'autorisé·e à le déposer au nom de l’organisation.',
  'applications.review.submit': 'Déposer le dossier',
  'applications.review.deadline': 'Date limite : {date}. Un dossier reçu après cet instant est refusé.',

  'applications.notice.started': 'Le dossier a été créé. Complétez chaque étape, à votre rythme.',
  'applications.notice.saved': 'Étape enregistrée.',
  'applications.notice.submitted':
    'Votre dossier a été déposé. Un accusé de réception avec le dossier en PDF vous a été envoyé par e-mail.',
  'applications.notice.withdrawn': 'Le dossier a été retiré.',
  'applications.notice.invited': 'L’invitation a été envoyée.',
  'applications.notice.answered': 'Votre réponse a été transmise au Service École.',
  'applications.notice.joined': 'Vous pouvez maintenant compléter ce dossier.',

  'applications.error.callNotOpen': 'L’appel n’est pas encore ouvert.',
  'applications.error.callClosed':
    'L’appel est clôturé : le dossier ne peut plus être déposé ni modifié. Ce que vous aviez enregistré est conservé.',
  'applications.error.notEligible': 'Votre organisation ne peut pas répondre à cet appel.',
  'applications.error.alreadyApplied': 'Votre organisation a déjà un dossier pour cet appel ({reference}).',
  'applications.error.notMember': 'Choisissez une de vos organisations.',
  'applications.error.sectionConflict': 'Quelqu’un d’autre a enregistré cette étape entre-temps.',
  'applications.error.declarationRequired': 'Cochez la déclaration sur l’honneur pour déposer le dossier.',
  'applications.error.notEditable': 'Ce dossier ne peut plus être modifié.',
  'applications.error.fileTooLarge': 'Le fichier dépasse la taille permise ({max} Mo).',
  'applications.error.fileWrongType':
    'Ce type de fichier n’est pas accepté : envoyez un PDF, DOCX, XLSX, ODT, PNG ou JPEG (le type est lu dans le ' +
    'contenu du fichier, pas dans son nom).',
  'applications.error.answerRequired': 'Répondez à cette question.',
  'applications.error.dueDateInvalid': 'Choisissez une date à venir.',
  'applications.error.messageRequired': 'Écrivez un message.',
  'applications.error.reasonRequired': 'Indiquez le motif.',

  'applications.info.title': 'Demandes d’informations',
  'applications.info.requested': 'Demande du {date}, réponse attendue avant le {due}',
  'applications.info.answer': 'Votre réponse',
  'applications.info.send': 'Envoyer la réponse',
  'applications.info.answeredOn': 'Réponse du {date}',

  'applications.co.title': 'Personnes qui complètent le dossier',
  'applications.co.lead':
    'Les membres de {organisation} peuvent compléter ce dossier. Vous pouvez aussi inviter une personne d’une ' +
    'organisation partenaire.',
  'applications.co.email': 'Adresse e-mail de la personne à inviter',
  'applications.co.invite': 'Inviter',
  'applications.co.none': 'Aucune personne invitée.',
  'applications.co.acceptTitle': 'Invitation à compléter un dossier',
  'applications.co.acceptLead': 'Vous êtes invité·e à compléter le dossier {reference} de {organisation}.',
  'applications.co.accept': 'Accepter',
  'applications.co.invalid': 'Ce lien d’invitation n’est pas ou plus valable.',
  'applications.co.emailInvalid': 'Indiquez une adresse e-mail valable.',
} as const;

type Key = keyof typeof fr;

export const nl: Record<Key, string> = {
  'nav.applications': 'Mijn dossiers',

  'applications.state.draft': 'Ontwerp',
  'applications.state.submitted': 'Ingediend',
  'applications.state.withdrawn': 'Ingetrokken',
  'applications.state.info_requested': 'Informatie gevraagd',
  'applications.state.eligible': 'Ontvankelijk',
  'applications.state.ineligible': 'Onontvankelijk',

  'applications.next.complete': 'Aanvullen en indienen vóór {deadline}',
  'applications.next.too_late': 'De oproep is gesloten: dit ontwerp kan niet meer worden ingediend',
  'applications.next.answer': 'De vraag om informatie beantwoorden vóór {deadline}',
  'applications.next.answerNoDate': 'De vraag om informatie beantwoorden',
  'applications.next.wait': 'Wordt onderzocht door de Dienst School',
  'applications.next.none': 'Niets te doen',

  'applications.list.title': 'Mijn dossiers',
  'applications.list.description': 'Uw kandidaturen voor projectoproepen, hun stand en wat er nog moet gebeuren.',
  'applications.list.lead':
    'Elk dossier hoort bij een van uw organisaties. U ziet ook de dossiers die u op uitnodiging van een andere ' +
    'organisatie mee aanvult.',
  'applications.list.empty': 'U hebt nog geen dossier.',
  'applications.list.findCall': 'De open oproepen bekijken',
  'applications.list.caption': 'Mijn dossiers ({count})',
  'applications.col.reference': 'Referentie',
  'applications.col.project': 'Project',
  'applications.col.call': 'Oproep',
  'applications.col.organisation': 'Organisatie',
  'applications.col.state': 'Stand',
  'applications.col.next': 'Volgende stap',
  'applications.col.requested': 'Gevraagd bedrag',
  'applications.untitled': '(zonder titel)',
  'applications.demo': 'Demo',

  'applications.new.title': 'Nieuw dossier: {call}',
  'applications.new.description': 'Een kandidatuurdossier beginnen.',
  'applications.new.lead':
    'Kies de organisatie die het project indient en beantwoord de ontvankelijkheidsvragen. Daarna wordt uw dossier ' +
    'bij elke stap bewaard: u kunt het onderbreken en hervatten tot de oproep sluit.',
  'applications.new.organisation': 'Organisatie die het project indient',
  'applications.new.noOrganisation': 'Om een project in te dienen, moet u lid zijn van een organisatie op Accroche.',
  'applications.new.createOrganisation': 'Een organisatie registreren',
  'applications.new.questions': 'Ontvankelijkheidsvragen',
  'applications.new.submit': 'Het dossier beginnen',
  'applications.new.closes': 'Sluiting: {date}',
  'applications.new.notEligible': 'Uw organisatie kan niet op deze oproep ingaan:',
  'applications.new.existing': 'Uw organisatie heeft al een dossier voor deze oproep: {reference}.',
  'applications.new.openExisting': 'Dit dossier openen',

  'applications.page.description': 'Kandidatuurdossier {reference}.',
  'applications.page.callClosesIn': 'De oproep sluit op {date} ({left}).',
  'applications.page.callClosed': 'De oproep is gesloten sinds {date}.',
  'applications.page.steps': 'Stappen van het dossier',
  'applications.page.stepComplete': 'volledig',
  'applications.page.stepIncomplete': 'aan te vullen',
  'applications.page.stepProblems': '{count} punt(en) te verbeteren',
  'applications.page.edit': 'Wijzigen',
  'applications.page.view': 'Bekijken',
  'applications.page.review': 'Nalezen en indienen',
  'applications.page.pdf': 'Het dossier downloaden (PDF)',
  'applications.page.submittedOn': 'Ingediend op {date}.',
  'applications.page.submittedVersion': 'Ingediende versie',
  'applications.page.currentAnswers': 'Huidige antwoorden',
  'applications.page.withdraw': 'Het dossier intrekken',
  'applications.page.withdrawHint':
    'Zolang de oproep open is, kunt u het ingediende dossier intrekken; uw organisatie kan dan een nieuw beginnen.',
  'applications.page.amounts': 'Totale kost {total}, cofinanciering {cofunding}, gevraagd bedrag {requested}.',
  'applications.page.screeningReason': 'Reden: {reason}',

  'applications.section.title': '{section} – {reference}',
  'applications.section.stepOf': 'Stap {n} van {count}',
  'applications.section.save': 'Bewaren',
  'applications.section.saveNext': 'Bewaren en verdergaan',
  'applications.section.back': 'Terug naar het dossier',
  'applications.section.readOnly': 'Dit dossier kan niet meer worden gewijzigd.',
  'applications.section.conflict':
    'Iemand anders heeft deze stap bewaard terwijl u ze wijzigde. Er werd niets overschreven: uw tekst staat nog in ' +
    'het formulier hieronder. Vergelijk met de bewaarde versie (link hieronder) en bewaar opnieuw.',
  'applications.section.conflictLink': 'De bewaarde versie bekijken (nieuw tabblad)',

  'applications.review.title': 'Nalezen en indienen – {reference}',
  'applications.review.lead':
    'Controleer uw dossier. Eens ingediend kan het niet meer worden gewijzigd; u krijgt een ontvangstbevestiging ' +
    'per e-mail met het dossier als PDF.',
  'applications.review.problems': 'Het dossier kan nog niet worden ingediend:',
  'applications.review.ready': 'Alle vereiste antwoorden zijn gegeven.',
  'applications.review.declaration':
    'Ik verklaar op erewoord dat de gegevens in dit dossier juist en volledig zijn, en dat ik gemachtigd ben om het ' +
    'namens de organisatie in te dienen.',
  'applications.review.submit': 'Het dossier indienen',
  'applications.review.deadline': 'Uiterste datum: {date}. Een dossier dat later binnenkomt, wordt geweigerd.',

  'applications.notice.started': 'Het dossier is aangemaakt. Vul elke stap in, op uw eigen tempo.',
  'applications.notice.saved': 'Stap bewaard.',
  'applications.notice.submitted':
    'Uw dossier is ingediend. U kreeg een ontvangstbevestiging per e-mail, met het dossier als PDF.',
  'applications.notice.withdrawn': 'Het dossier is ingetrokken.',
  'applications.notice.invited': 'De uitnodiging is verstuurd.',
  'applications.notice.answered': 'Uw antwoord is aan de Dienst School bezorgd.',
  'applications.notice.joined': 'U kunt dit dossier nu mee aanvullen.',

  'applications.error.callNotOpen': 'De oproep is nog niet open.',
  'applications.error.callClosed':
    'De oproep is gesloten: het dossier kan niet meer worden ingediend of gewijzigd. Wat u had bewaard, blijft bewaard.',
  'applications.error.notEligible': 'Uw organisatie kan niet op deze oproep ingaan.',
  'applications.error.alreadyApplied': 'Uw organisatie heeft al een dossier voor deze oproep ({reference}).',
  'applications.error.notMember': 'Kies een van uw organisaties.',
  'applications.error.sectionConflict': 'Iemand anders heeft deze stap intussen bewaard.',
  'applications.error.declarationRequired': 'Vink de verklaring op erewoord aan om het dossier in te dienen.',
  'applications.error.notEditable': 'Dit dossier kan niet meer worden gewijzigd.',
  'applications.error.fileTooLarge': 'Het bestand is groter dan toegestaan ({max} MB).',
  'applications.error.fileWrongType':
    'Dit bestandstype wordt niet aanvaard: stuur een PDF, DOCX, XLSX, ODT, PNG of JPEG (het type wordt uit de ' +
    'inhoud van het bestand gelezen, niet uit de naam).',
  'applications.error.answerRequired': 'Beantwoord deze vraag.',
  'applications.error.dueDateInvalid': 'Kies een datum in de toekomst.',
  'applications.error.messageRequired': 'Schrijf een bericht.',
  'applications.error.reasonRequired': 'Geef de reden op.',

  'applications.info.title': 'Vragen om informatie',
  'applications.info.requested': 'Vraag van {date}, antwoord verwacht vóór {due}',
  'applications.info.answer': 'Uw antwoord',
  'applications.info.send': 'Het antwoord versturen',
  'applications.info.answeredOn': 'Antwoord van {date}',

  'applications.co.title': 'Personen die het dossier aanvullen',
  'applications.co.lead':
    'De leden van {organisation} kunnen dit dossier aanvullen. U kunt ook iemand van een partnerorganisatie ' +
    'uitnodigen.',
  'applications.co.email': 'E-mailadres van de persoon die u uitnodigt',
  'applications.co.invite': 'Uitnodigen',
  'applications.co.none': 'Niemand uitgenodigd.',
  'applications.co.acceptTitle': 'Uitnodiging om een dossier aan te vullen',
  'applications.co.acceptLead': 'U bent uitgenodigd om het dossier {reference} van {organisation} mee aan te vullen.',
  'applications.co.accept': 'Aanvaarden',
  'applications.co.invalid': 'Deze uitnodigingslink is niet (meer) geldig.',
  'applications.co.emailInvalid': 'Geef een geldig e-mailadres op.',
};

export const en: Record<Key, string> = {
  'nav.applications': 'My applications',

  'applications.state.draft': 'Draft',
  'applications.state.submitted': 'Submitted',
  'applications.state.withdrawn': 'Withdrawn',
  'applications.state.info_requested': 'Information requested',
  'applications.state.eligible': 'Eligible',
  'applications.state.ineligible': 'Not eligible',

  'applications.next.complete': 'Complete and submit before {deadline}',
  'applications.next.too_late': 'The call has closed: this draft can no longer be submitted',
  'applications.next.answer': 'Answer the request for information before {deadline}',
  'applications.next.answerNoDate': 'Answer the request for information',
  'applications.next.wait': 'Being screened by the School Service',
  'applications.next.none': 'Nothing to do',

  'applications.list.title': 'My applications',
  'applications.list.description': 'Your applications to calls for projects, where they stand and what is left to do.',
  'applications.list.lead':
    'Each application belongs to one of your organisations. You also see those you complete at the invitation of ' +
    'another organisation.',
  'applications.list.empty': 'You have no application yet.',
  'applications.list.findCall': 'See the open calls',
  'applications.list.caption': 'My applications ({count})',
  'applications.col.reference': 'Reference',
  'applications.col.project': 'Project',
  'applications.col.call': 'Call',
  'applications.col.organisation': 'Organisation',
  'applications.col.state': 'State',
  'applications.col.next': 'Next step',
  'applications.col.requested': 'Amount requested',
  'applications.untitled': '(untitled)',
  'applications.demo': 'Demo',

  'applications.new.title': 'New application: {call}',
  'applications.new.description': 'Start an application.',
  'applications.new.lead':
    'Choose the organisation that applies and answer the eligibility questions. Your application is then saved at ' +
    'every step: you can stop and come back until the call closes.',
  'applications.new.organisation': 'Organisation applying',
  'applications.new.noOrganisation': 'To apply, you must belong to an organisation registered on Accroche.',
  'applications.new.createOrganisation': 'Register an organisation',
  'applications.new.questions': 'Eligibility questions',
  'applications.new.submit': 'Start the application',
  'applications.new.closes': 'Closes: {date}',
  'applications.new.notEligible': 'Your organisation may not apply to this call:',
  'applications.new.existing': 'Your organisation already has an application to this call: {reference}.',
  'applications.new.openExisting': 'Open that application',

  'applications.page.description': 'Application {reference}.',
  'applications.page.callClosesIn': 'The call closes on {date} ({left}).',
  'applications.page.callClosed': 'The call closed on {date}.',
  'applications.page.steps': 'Steps of the application',
  'applications.page.stepComplete': 'complete',
  'applications.page.stepIncomplete': 'to complete',
  'applications.page.stepProblems': '{count} point(s) to fix',
  'applications.page.edit': 'Edit',
  'applications.page.view': 'View',
  'applications.page.review': 'Review and submit',
  'applications.page.pdf': 'Download the application (PDF)',
  'applications.page.submittedOn': 'Submitted on {date}.',
  'applications.page.submittedVersion': 'Submitted version',
  'applications.page.currentAnswers': 'Current answers',
  'applications.page.withdraw': 'Withdraw the application',
  'applications.page.withdrawHint':
    'While the call is open, you may withdraw the submitted application; your organisation can then start another.',
  'applications.page.amounts': 'Total cost {total}, co-funding {cofunding}, amount requested {requested}.',
  'applications.page.screeningReason': 'Reason: {reason}',

  'applications.section.title': '{section} – {reference}',
  'applications.section.stepOf': 'Step {n} of {count}',
  'applications.section.save': 'Save',
  'applications.section.saveNext': 'Save and continue',
  'applications.section.back': 'Back to the application',
  'applications.section.readOnly': 'This application can no longer be changed.',
  'applications.section.conflict':
    'Someone else saved this step while you were editing it. Nothing was overwritten: your text is still in the ' +
    'form below. Compare it with the saved version (link below), then save again.',
  'applications.section.conflictLink': 'See the saved version (new tab)',

  'applications.review.title': 'Review and submit – {reference}',
  'applications.review.lead':
    'Check your application. Once submitted it can no longer be changed; you will receive a receipt by e-mail with ' +
    'the application as a PDF.',
  'applications.review.problems': 'The application cannot be submitted yet:',
  'applications.review.ready': 'Every required answer is given.',
  'applications.review.declaration':
    'I declare on my honour that the information in this application is true and complete, and that I am ' +
    'authorised to submit it on behalf of the organisation.',
  'applications.review.submit': 'Submit the application',
  'applications.review.deadline': 'Deadline: {date}. An application received after that instant is refused.',

  'applications.notice.started': 'The application was created. Complete each step at your own pace.',
  'applications.notice.saved': 'Step saved.',
  'applications.notice.submitted':
    'Your application was submitted. A receipt with the application as a PDF was sent to you by e-mail.',
  'applications.notice.withdrawn': 'The application was withdrawn.',
  'applications.notice.invited': 'The invitation was sent.',
  'applications.notice.answered': 'Your answer was sent to the School Service.',
  'applications.notice.joined': 'You can now complete this application.',

  'applications.error.callNotOpen': 'The call is not open yet.',
  'applications.error.callClosed':
    'The call has closed: the application can no longer be submitted or changed. What you had saved is kept.',
  'applications.error.notEligible': 'Your organisation may not apply to this call.',
  'applications.error.alreadyApplied': 'Your organisation already has an application to this call ({reference}).',
  'applications.error.notMember': 'Choose one of your organisations.',
  'applications.error.sectionConflict': 'Someone else saved this step in the meantime.',
  'applications.error.declarationRequired': 'Tick the declaration on honour to submit the application.',
  'applications.error.notEditable': 'This application can no longer be changed.',
  'applications.error.fileTooLarge': 'The file is larger than allowed ({max} MB).',
  'applications.error.fileWrongType':
    'This kind of file is not accepted: send a PDF, DOCX, XLSX, ODT, PNG or JPEG (the type is read from the ' +
    'content of the file, not from its name).',
  'applications.error.answerRequired': 'Please answer this question.',
  'applications.error.dueDateInvalid': 'Choose a date in the future.',
  'applications.error.messageRequired': 'Write a message.',
  'applications.error.reasonRequired': 'Give the reason.',

  'applications.info.title': 'Requests for information',
  'applications.info.requested': 'Request of {date}, answer expected before {due}',
  'applications.info.answer': 'Your answer',
  'applications.info.send': 'Send the answer',
  'applications.info.answeredOn': 'Answer of {date}',

  'applications.co.title': 'People completing the application',
  'applications.co.lead':
    'Members of {organisation} can complete this application. You may also invite someone from a partner ' +
    'organisation.',
  'applications.co.email': 'E-mail address of the person to invite',
  'applications.co.invite': 'Invite',
  'applications.co.none': 'Nobody invited.',
  'applications.co.acceptTitle': 'Invitation to complete an application',
  'applications.co.acceptLead': 'You are invited to complete application {reference} of {organisation}.',
  'applications.co.accept': 'Accept',
  'applications.co.invalid': 'This invitation link is not valid, or no longer.',
  'applications.co.emailInvalid': 'Enter a valid e-mail address.',
};
