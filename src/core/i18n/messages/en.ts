import { en as applications } from './applications.ts';
import { en as calls } from './calls.ts';
import { en as figures } from './figures.ts';
import { en as forms } from './forms.ts';
import type { MessageKey } from './fr.ts';
import { en as library } from './library.ts';
import { en as libraryCuration } from './library-curation.ts';
import { en as schools } from './schools.ts';
import { en as screening } from './screening.ts';

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

/** English catalogue. */
const core: Record<CoreKey, string> = {
  'site.name': 'Accroche',
  'site.tagline': 'The Brussels platform against early school leaving',

  'layout.skip': 'Skip to main content',
  'layout.navLabel': 'Main navigation',
  'layout.langLabel': 'Choose a language',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  'nav.home': 'Home',
  'nav.schemes': 'Schemes',
  'nav.timeline': 'Timeline',
  'nav.municipalities': 'Municipalities',
  'nav.accessibility': 'Accessibility',
  'nav.privacy': 'Privacy',
  'nav.api': 'API and open data',

  'footer.about':
    'Accroche is the platform of the School Service of perspective.brussels for calls for projects, the monitoring ' +
    'of funded projects, municipal plans, the online library and public figures on school engagement.',

  'common.source': 'Source:',
  'common.breadcrumb': 'Breadcrumb',
  'common.yes': 'Yes',
  'common.no': 'No',

  'qualifier.approx': 'about {value}',
  'qualifier.more_than': 'more than {value}',
  'unit.projects': '{count} projects',
  'unit.associations': '{count} associations',
  'unit.plans': '{count} municipal plans',
  'unit.posts': '{count} posts',

  'home.title': 'Keeping every young person in school, in Brussels',
  'home.description':
    'Accroche: calls for projects, project monitoring, municipal plans and public figures of the Brussels-Capital ' +
    'Region against early school leaving.',
  'home.lead':
    'The Brussels-Capital Region funds schools, associations and its 19 municipalities so that young people do not ' +
    'leave school without a diploma. Accroche brings together this funding, its monitoring and the figures behind it.',
  'home.who':
    'The School Service of perspective.brussels launches the calls for projects, selects projects with a jury and ' +
    'monitors every funded action. Municipalities coordinate local work in their school-attendance plan.',
  'home.aimsTitle': 'Three aims for every funded action',
  'aim.prevent.title': 'Prevent',
  'aim.prevent.body': 'Act before disengagement begins: learning support, links with families, the classroom climate.',
  'aim.intervene.title': 'Intervene',
  'aim.intervene.body': 'Respond as soon as a pupil is about to drop out, with the school, the family and services.',
  'aim.reengage.title': 'Re-engage',
  'aim.reengage.body': 'Help a young person who interrupted school or training to take up a path again.',
  'home.figuresTitle': 'Key figures',
  'home.schemesTitle': 'Funding schemes',
  'home.timelineLink': 'See the timeline of regional policy',
  'home.municipalitiesLink': 'See the 19 municipalities',

  'schemes.title': 'Funding schemes',
  'schemes.description':
    'The regional schemes against early school leaving: DAS, DASC, municipal subsidy, municipal coordinators, pASc ' +
    'and the pilot call for vocational education.',
  'schemes.lead':
    'The Region supports the fight against early school leaving through several schemes. Calls take place every ' +
    'three years, to keep the paperwork light for project holders.',
  'schemes.latest': 'Latest funding: {period}, envelope {amount}',
  'scheme.kind.recurring': 'Call for projects every three years',
  'scheme.kind.one_off': 'One-off call for projects',
  'scheme.kind.municipal': 'Funding for municipalities',
  'scheme.funds': 'What it funds',
  'scheme.eligibility': 'Who may benefit',
  'scheme.beneficiaries': 'Target group',
  'scheme.callsTitle': 'Past calls and funding',
  'scheme.callsCaption': 'Calls and funding of “{name}”, newest first',
  'scheme.noCalls': 'No call has been recorded for this scheme yet.',
  'scheme.sourcesTitle': 'Sources',
  'calls.period': 'Period',
  'calls.call': 'Call',
  'calls.launched': 'Launched',
  'calls.envelope': 'Envelope',
  'calls.count': 'Funded',
  'calls.source': 'Source',
  'calls.perYear': 'per year',

  'timeline.title': 'Timeline',
  'timeline.description': 'The steps of Brussels policy against early school leaving since 2015, each with its source.',
  'timeline.lead': 'The steps of regional policy against early school leaving, from 2015 to today.',
  'timeline.schemeLink': 'See the scheme',

  'municipalities.title': 'The 19 municipalities',
  'municipalities.description':
    'The 19 municipalities of the Brussels-Capital Region: NIS codes, French and Dutch names, postal codes.',
  'municipalities.lead':
    'Each municipality has a school-attendance coordinator and a municipal plan that links its local findings to ' +
    'the projects that answer them.',
  'municipalities.caption': 'The {count} municipalities, by NIS code',
  'municipalities.sourceNote':
    'NIS codes and names: Statbel REFNIS 2019 nomenclature. Postal codes: ordinary bpost codes whose main ' +
    'municipality is the one shown.',
  'municipality.nis': 'NIS code',
  'municipality.nameFr': 'Name in French',
  'municipality.nameNl': 'Name in Dutch',
  'municipality.postalCodes': 'Postal codes',
  'municipality.description': '{name} (NIS code {nis}): a municipality of the Brussels-Capital Region in Accroche.',
  'municipality.schemesTitle': 'Municipal schemes',
  'municipality.schemesLead': 'Like the 18 other municipalities, {name} takes part in these regional schemes.',

  'accessibility.title': 'Accessibility statement',
  'accessibility.description': 'How accessible Accroche is and how to report a problem.',
  'accessibility.intro':
    'perspective.brussels wants everyone to be able to use Accroche, including people who browse with a keyboard, ' +
    'a screen reader or magnification.',
  'accessibility.statusTitle': 'Compliance status',
  'accessibility.status':
    'Accroche aims to conform to level AA of the WCAG 2.1 guidelines, which matches the European standard EN 301 549.',
  'accessibility.testing':
    'Every public page is checked automatically in French, Dutch and English on every change to the code, with ' +
    'axe-core in a real browser. An automatic check does not replace a full audit by people.',
  'accessibility.featuresTitle': 'What you can expect',
  'accessibility.features':
    'A skip link to the content, full keyboard use with a visible focus, sufficient contrast, tables with headers, ' +
    'and pages that work without JavaScript and stay readable when zoomed to 200%.',
  'accessibility.contactTitle': 'Report a problem',
  'accessibility.contact':
    'If some content or feature remains out of your reach, write to the School Service of perspective.brussels and ' +
    'name the page. We will offer you an alternative and fix the problem.',

  'privacy.title': 'Privacy notice',
  'privacy.description': 'What data Accroche processes, why, and what your rights are.',
  'privacy.intro':
    'Accroche processes as little personal data as it can, in line with the General Data Protection Regulation (GDPR).',
  'privacy.controllerTitle': 'Controller',
  'privacy.controller':
    'perspective.brussels, a public-interest body of the Brussels-Capital Region, through its School Service.',
  'privacy.dataTitle': 'Data processed',
  'privacy.data':
    'Public pages can be read without an account. For people who submit or follow a project, Accroche keeps their ' +
    'name, e-mail address, organisation and the documents they upload, to manage the subsidies (a public-service task).',
  'privacy.pupils':
    'Accroche holds no data on individual pupils: projects are monitored through aggregate counts (number of young ' +
    'people by age band, level and sex), never through named people.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookies':
    'Accroche uses technical cookies only: one remembers the language you chose, another protects forms against forged submissions, and a session cookie keeps you signed in when you have an account. There are no advertising cookies and no third-party audience measurement.',
  'privacy.logsTitle': 'Technical logs',
  'privacy.logs':
    'The server records each request (address asked for, response code, duration) for security and to keep the ' +
    'service running.',
  'privacy.rightsTitle': 'Your rights',
  'privacy.rights':
    'You may ask perspective.brussels for access to your data, its correction or its erasure, and lodge a complaint ' +
    'with the Data Protection Authority.',

  'apiDocs.title': 'API and open data',
  'apiDocs.description': 'The Accroche JSON API: schemes, calls, municipalities, timeline and key figures.',
  'apiDocs.lead':
    'All public data of Accroche is available as JSON, without a key, free to reuse with credit to its sources.',
  'apiDocs.spec': 'Full description in OpenAPI format:',
  'apiDocs.conventions':
    'Amounts are integer euro cents, texts come in French, Dutch and English, and errors follow the problem details ' +
    'format (RFC 9457).',
  'apiDocs.parameters': 'Parameters',
  'apiDocs.name': 'Name',
  'apiDocs.in': 'In',
  'apiDocs.type': 'Type',
  'apiDocs.required': 'Required',
  'apiDocs.schemas': 'Data schemas',

  'error.404.title': 'Page not found',
  'error.404.body': 'This address matches no page. It may have changed, or contain a typo.',
  'error.500.title': 'Something went wrong',
  'error.500.body':
    'The server could not handle your request. Try again in a moment; if the problem persists, report it.',
  'error.503.title': 'Too many requests right now',
  'error.503.body': 'The server is receiving more requests than it can handle at once. Try again in a few seconds.',
  'error.reference': 'Error reference: {id}',
  'error.home': 'Back to the home page',

  'problem.BAD_REQUEST': 'Bad request',
  'problem.VALIDATION': 'Invalid data',
  'problem.UNAUTHENTICATED': 'Authentication required',
  'problem.FORBIDDEN': 'Forbidden',
  'problem.NOT_FOUND': 'Not found',
  'problem.CONFLICT': 'Conflict',
  'problem.PRECONDITION_FAILED': 'Precondition failed',
  'problem.UNAVAILABLE': 'Service temporarily overloaded',
  'problem.INTERNAL': 'Internal error',
  'problem.invalidParameters': 'One or more parameters are not valid.',
  'problem.PAYLOAD_TOO_LARGE': 'Request too large',
  'problem.UNSUPPORTED_MEDIA_TYPE': 'Unsupported media type',
  'problem.unreadableBody': 'The body sent could not be read: it is incomplete or malformed.',
  'problem.sendJson': 'Send the body as application/json.',
  'problem.tooLarge': 'What you sent is larger than allowed here ({max}). Nothing was saved.',
  'input.badCharacter':
    'This field contains a character that is not allowed (a NUL character or an unpaired surrogate): remove it.',
  'error.400.title': 'Data refused',
  'error.400.body': 'What you sent could not be processed. Go back, check what you entered and try again.',
  'error.400.field': '{field}: {message}',
  'error.413.title': 'Too large to send',
  'nav.signIn': 'Sign in',
  'nav.signUp': 'Create an account',
  'nav.account': 'My account',
  'nav.signOut': 'Sign out',
  'nav.accountLabel': 'Account',
  'form.errorSummary': 'The form was not sent. Please correct the following:',
  'form.required': 'required',
  'field.name': 'First and last name',
  'field.email': 'E-mail address',
  'field.password': 'Password',
  'field.passwordHint': 'At least 12 characters. A phrase of several words is both safer and easier to remember.',
  'field.newPassword': 'New password',
  'field.currentPassword': 'Current password',
  'field.lang': 'Language of the interface and e-mails',
  'error.nameRequired': 'Enter your name.',
  'error.emailInvalid': 'Enter a valid e-mail address, for example name@example.be.',
  'error.passwordShort': 'The password must have at least 12 characters.',
  'error.passwordLong': 'The password may not be longer than 128 characters.',
  'error.passwordRequired': 'Enter your password.',
  'error.signInFailed': 'Incorrect e-mail address or password.',
  'error.notVerified': 'Please confirm your e-mail address first: we have just sent you a new link.',
  'error.throttled': 'Too many attempts. Try again in {seconds} seconds.',
  'error.generic': 'Something went wrong. Try again in a moment.',
  'error.403.title': 'Access denied',
  'error.403.body': 'You may not do this. If a form has expired, reload the page and try again.',
  'signUp.title': 'Create an account',
  'signUp.description': 'Create an Accroche account to submit and follow your organisation’s projects.',
  'signUp.lead':
    'A personal account lets you submit projects for your school, association or municipal service, and follow their funding.',
  'signUp.submit': 'Create my account',
  'signUp.haveAccount': 'Already have an account?',
  'signUp.sentTitle': 'Check your mailbox',
  'signUp.sentBody':
    'If this address can be used, we have sent a confirmation link to it, valid for 24 hours. Open it to activate your account.',
  'signIn.title': 'Sign in',
  'signIn.description': 'Sign in to your Accroche account.',
  'signIn.submit': 'Sign in',
  'signIn.forgot': 'Forgot your password?',
  'signIn.noAccount': 'No account yet?',
  'forgot.title': 'Forgotten password',
  'forgot.description': 'Receive a link to choose a new password.',
  'forgot.lead':
    'Enter your e-mail address: if an account is linked to it, we will send a link to choose a new password.',
  'forgot.submit': 'Send the link',
  'forgot.sentBody': 'If an account is linked to this address, a link valid for one hour has just been sent to it.',
  'reset.title': 'Choose a new password',
  'reset.description': 'Choose a new password for your Accroche account.',
  'reset.submit': 'Save the password',
  'reset.invalidTitle': 'This link is no longer valid',
  'reset.invalidBody': 'The link has expired or has already been used. You can ask for a new one.',
  'reset.doneTitle': 'Password changed',
  'reset.doneBody': 'Your password has been changed and all your sessions have been closed. You can sign in.',
  'account.title': 'My account',
  'account.description': 'Your profile, your password and your sessions.',
  'account.verified': 'Your e-mail address is confirmed. Welcome to Accroche!',
  'account.profileTitle': 'Profile',
  'account.save': 'Save',
  'account.saved': 'Your changes have been saved.',
  'account.passwordTitle': 'Change your password',
  'account.passwordSubmit': 'Change the password',
  'account.passwordChanged': 'Your password has been changed. Your other sessions have been closed.',
  'account.passwordWrong': 'The current password is incorrect.',
  'account.sessionsTitle': 'Open sessions',
  'account.sessionsCaption': 'The devices signed in to your account',
  'account.sessionDevice': 'Device',
  'account.sessionStarted': 'Opened on',
  'account.sessionAddress': 'IP address',
  'account.sessionCurrent': 'This session',
  'account.revoke': 'Close this session',
  'account.revoked': 'The session has been closed.',
  'account.signedOut': 'You are signed out.',
  'nav.admin': 'Administration',
  'admin.usersTitle': 'Users',
  'admin.usersDescription': 'Search accounts, give roles, disable an account.',
  'admin.auditTitle': 'Audit log',
  'admin.auditDescription': 'Every state change, with who made it, when, and the request.',
  'admin.outboxTitle': 'Outgoing mail',
  'admin.outboxDescription': 'Messages sent, waiting or failed.',
  'admin.search': 'Search',
  'admin.searchLabel': 'Name or e-mail address',
  'admin.filter': 'Filter',
  'admin.results': '{count} result(s)',
  'admin.previous': 'Previous page',
  'admin.next': 'Next page',
  'admin.pagination': 'Pagination',
  'admin.name': 'Name',
  'admin.email': 'E-mail address',
  'admin.verified': 'Address confirmed',
  'admin.roles': 'Roles',
  'admin.status': 'Status',
  'admin.active': 'Active',
  'admin.disabled': 'Disabled',
  'admin.created': 'Created on',
  'admin.noRole': 'Applicant (no role)',
  'admin.rolesLegend': 'Platform roles',
  'admin.municipality': 'Coordinator’s municipality',
  'admin.noMunicipality': '— none —',
  'admin.saveRoles': 'Save roles',
  'admin.disable': 'Disable the account',
  'admin.enable': 'Enable the account',
  'admin.disableHint': 'Disabling an account ends all its sessions at once.',
  'admin.rolesSaved': 'The roles have been saved.',
  'admin.statusSaved': 'The account status has been saved.',
  'admin.coordinatorNeedsMunicipality': 'A coordinator must be bound to a municipality.',
  'admin.when': 'When',
  'admin.actor': 'Actor',
  'admin.action': 'Action',
  'admin.entity': 'Entity',
  'admin.changes': 'Changes',
  'admin.request': 'Request',
  'admin.ip': 'IP address',
  'admin.from': 'From (day)',
  'admin.to': 'To (day)',
  'admin.exportCsv': 'Export as CSV',
  'admin.anyAction': 'All actions',
  'admin.anyStatus': 'All statuses',
  'admin.recipient': 'Recipient',
  'admin.template': 'Template',
  'admin.language': 'Language',
  'admin.attempts': 'Attempts',
  'admin.lastError': 'Last error',
  'admin.showText': 'Show the text',
  'admin.outboxNote':
    'Without an SMTP server, messages are written to the server log and kept here with the status “logged”. The links they hold are personal: do not share them.',
  'account.exportTitle': 'Your data',
  'account.exportBody': 'Download everything Accroche keeps about you, as a JSON file.',
  'account.exportLink': 'Download my data (JSON)',
  'account.deleteTitle': 'Delete my account',
  'account.deleteBody':
    'Your personal data will be erased and your sessions closed. The audit log keeps past actions under an anonymous identifier, without your name or address.',
  'account.deleteSubmit': 'Delete my account for good',
  'account.deletedTitle': 'Account deleted',
  'account.deletedBody': 'Your account and your personal data have been erased. A last e-mail confirms it.',
  'tfa.title': 'Two-step verification',
  'tfa.on': 'On: a code from your authenticator app is asked at each sign-in.',
  'tfa.off':
    'Off. A six-digit code from an app such as FreeOTP, Aegis or Google Authenticator protects your account even if your password is stolen.',
  'tfa.required': 'Your role requires two-step verification: turn it on to reach the staff pages.',
  'tfa.pending':
    'Your role ({roles}) is inactive until you turn on two-step verification: until then you have the rights of an applicant.',
  'tfa.pendingLink': 'Turn on two-step verification',
  'tfa.requiredDetail':
    'Two-step verification is required: your role counts only once you have turned it on in your account.',
  'role.admin': 'administrator',
  'role.officer': 'School Service officer',
  'role.librarian': 'librarian',
  'tfa.enable': 'Turn on two-step verification',
  'tfa.disable': 'Turn off two-step verification',
  'tfa.setupTitle': 'Set up your app',
  'tfa.setupIntro':
    'Add an account in your authenticator app with the key below (or open the link on your phone), then enter the six-digit code it shows.',
  'tfa.key': 'Key',
  'tfa.openLink': 'Open in the app',
  'tfa.backupTitle': 'Backup codes',
  'tfa.backupIntro':
    'Keep these codes somewhere safe: each allows one sign-in if you lose your phone. They will not be shown again.',
  'tfa.code': 'Six-digit code',
  'tfa.codeHint': 'The code changes every 30 seconds.',
  'tfa.confirm': 'Confirm',
  'tfa.enabled': 'Two-step verification is on.',
  'tfa.disabled': 'Two-step verification is off.',
  'tfa.wrongCode': 'This code is not valid. Check your phone’s clock and try again.',
  'tfa.signInTitle': 'Verification code',
  'tfa.signInIntro': 'Enter the code shown by your authenticator app, or a backup code.',
  'tfa.expired': 'The sign-in has expired. Please start again.',
  'org.check.lookup': 'Look this number up in the Crossroads Bank for Enterprises',
  'org.check.submit': 'Mark the enterprise number as checked',
  'org.notice.checked': 'The enterprise number is marked as checked.',
  'common.scrollTable': 'Table, scrolls sideways',
  'common.actions': 'Actions',
  'common.unknown': 'unknown',
  'org.type.school': 'School',
  'org.type.association': 'Non-profit association',
  'org.type.municipal_service': 'Municipal service',
  'org.type.social_welfare_centre': 'Public social welfare centre (CPAS/OCMW)',
  'org.type.other': 'Other',
  'org.role.owner': 'Owner',
  'org.role.member': 'Member',
  'org.languageSystem.fr': 'French-speaking education (Wallonia-Brussels Federation)',
  'org.languageSystem.nl': 'Dutch-speaking education (Flemish Community)',
  'org.schoolLevel.nursery': 'Nursery',
  'org.schoolLevel.primary': 'Primary',
  'org.schoolLevel.secondary': 'Secondary',
  'org.educationType.general': 'General',
  'org.educationType.technical': 'Technical',
  'org.educationType.vocational': 'Vocational',
  'org.field.type': 'Type of organisation',
  'org.field.legalName': 'Legal name',
  'org.field.enterpriseNumber': 'Enterprise number (BCE/KBO)',
  'org.field.enterpriseNumberHint':
    'Ten digits, for example 0123.456.749. Required, except for the type “Other”. For a school or a municipal ' +
    'service, give the number of its organising authority or of the municipality.',
  'org.field.municipality': 'Municipality',
  'org.field.municipalityHint': 'The Brussels municipality where the organisation is located.',
  'org.field.street': 'Street and number',
  'org.field.postalCode': 'Postal code',
  'org.field.city': 'Town',
  'org.field.iban': 'Bank account (IBAN)',
  'org.field.ibanHint': 'For example BE68 5390 0754 7034. Optional for now, but needed before any payment.',
  'org.field.lang': 'Language of correspondence',
  'org.field.schoolNumber': 'School number',
  'org.field.schoolNumberHint':
    'The FASE number of the Wallonia-Brussels Federation, or the institution number of the Flemish Community.',
  'org.field.languageSystem': 'Language system',
  'org.field.schoolLevel': 'Level of education',
  'org.field.educationType': 'Type of education',
  'org.field.educationTypeHint': 'For secondary schools only.',
  'org.form.choose': '— Choose —',
  'org.form.addressLegend': 'Address',
  'org.form.schoolLegend': 'For schools',
  'org.form.schoolHint': 'Fill these in only if the organisation is a school: they are ignored for other types.',
  'org.new.title': 'Register an organisation',
  'org.new.description': 'Register your school, association or service to answer calls for projects.',
  'org.new.lead': 'You will be its owner, and can then invite your colleagues.',
  'org.new.submit': 'Register the organisation',
  'org.edit.title': 'Change “{name}”',
  'org.edit.submit': 'Save the changes',
  'org.edit.cancel': 'Back to the organisation without saving',
  'org.list.title': 'My organisations',
  'org.list.description': 'The organisations you belong to on Accroche.',
  'org.list.lead': 'You submit and follow projects on behalf of an organisation you are a member of.',
  'org.list.allTitle': 'Organisations',
  'org.list.allLead': 'Every organisation registered on Accroche.',
  'org.list.create': 'Register an organisation',
  'org.list.empty': 'You do not belong to any organisation yet. Register yours, or ask its owner to invite you.',
  'org.list.caption': 'Organisations ({count})',
  'org.list.myRole': 'Your role',
  'org.search.label': 'Search by name or enterprise number',
  'org.search.submit': 'Search',
  'org.search.none': 'No organisation matches this search.',
  'org.search.limited': 'Only the first {count} are shown: narrow the search.',
  'org.detail.description': 'The details, members and invitations of an organisation.',
  'org.detail.back': 'Back to the list of organisations',
  'org.detail.detailsTitle': 'Details of the organisation',
  'org.detail.enterpriseChecked': 'Check of the enterprise number',
  'org.detail.notChecked': 'Not yet checked by the School Service',
  'org.detail.edit': 'Change the details',
  'org.members.title': 'Members',
  'org.members.caption': 'Members of the organisation ({count})',
  'org.members.role': 'Role',
  'org.members.joined': 'Member since',
  'org.members.you': '(you)',
  'org.members.remove': 'Remove {name}',
  'org.invitations.title': 'Pending invitations',
  'org.invitations.caption': 'Invitations awaiting an answer ({count})',
  'org.invitations.expires': 'Valid until',
  'org.invitations.none': 'No pending invitation.',
  'org.invitations.revoke': 'Withdraw the invitation of {email}',
  'org.invite.title': 'Invite a member',
  'org.invite.lead':
    'The person invited gets a link by e-mail, valid for seven days. They join by signing in with this address.',
  'org.invite.role': 'Role',
  'org.invite.submit': 'Send the invitation',
  'org.transfer.title': 'Transfer ownership',
  'org.transfer.lead': 'The member you choose becomes the owner; you stay a member.',
  'org.transfer.to': 'New owner',
  'org.transfer.submit': 'Transfer ownership',
  'org.leave.title': 'Leave the organisation',
  'org.leave.lead': 'You will no longer see its details or its projects. To come back, you will need a new invitation.',
  'org.leave.submit': 'Leave the organisation',
  'org.leave.lastOwner':
    'You are the only owner and other members remain: transfer ownership to one of them before you leave.',
  'org.notice.created': 'The organisation is registered. You can now invite your colleagues.',
  'org.notice.updated': 'The changes are saved.',
  'org.notice.invited': 'The invitation has been sent.',
  'org.notice.revoked': 'The invitation is withdrawn: its link no longer works.',
  'org.notice.removed': 'The member has been removed from the organisation.',
  'org.notice.transferred': 'Ownership has been transferred. You remain a member of the organisation.',
  'org.notice.joined': 'Welcome! You are now a member of the organisation.',
  'org.notice.left': 'You have left the organisation.',
  'org.error.required': 'This field is required.',
  'org.error.tooLong': 'This text is too long.',
  'org.error.invalidChoice': 'Choose one of the options offered.',
  'org.error.invalid': 'This value is not valid.',
  'org.error.enterprise.notDigits':
    'An enterprise number contains only digits (dots and spaces allowed), for example 0123.456.749.',
  'org.error.enterprise.wrongLength': 'An enterprise number has 10 digits, for example 0123.456.749.',
  'org.error.enterprise.wrongFirstDigit':
    'An enterprise number starts with 0 or 1. A number starting with 2 to 8 belongs to an establishment unit: give ' +
    'the number of the enterprise.',
  'org.error.enterprise.wrongCheckDigits':
    'This enterprise number cannot exist: its last two digits (the check digits) do not match the first eight. ' +
    'Check for a mistyped digit.',
  'org.error.iban.invalidCharacters': 'An IBAN contains only letters and digits (spaces allowed).',
  'org.error.iban.unknownCountry': 'An IBAN starts with the code of a country, for example BE for Belgium.',
  'org.error.iban.wrongLength':
    'This IBAN does not have the right length for its country (16 characters for a Belgian account, for example ' +
    'BE68 5390 0754 7034).',
  'org.error.iban.notDigits': 'After “BE”, a Belgian IBAN contains only digits.',
  'org.error.iban.wrongCheckDigits':
    'This IBAN is not valid: its check digits do not match the rest of the number. Check for a mistyped character.',
  'org.error.iban.wrongAccountCheck':
    'This IBAN is not valid: the Belgian account number inside it has wrong check digits (the last two). Check the ' +
    'number.',
  'org.error.postalCode': 'Give a Belgian postal code of four digits, for example 1000.',
  'org.error.schoolNumber': 'The school number has one to six digits.',
  'org.error.unknownMunicipality': 'Choose one of the 19 Brussels municipalities.',
  'org.error.enterpriseTaken':
    'An organisation of this type is already registered with this enterprise number: ask its owner to invite you.',
  'org.error.schoolNumberTaken': 'A school is already registered with this number: ask its owner to invite you.',
  'org.error.email': 'Give a valid e-mail address, for example name@example.be.',
  'org.error.alreadyMember': 'This person is already a member of the organisation.',
  'org.api.unauthorized': 'Sign-in required',
  'org.api.unauthorizedDetail': 'Sign in to use this operation.',
  'org.api.foreignOrigin': 'Request from another site refused.',
  'invitation.title': 'Invitation to join',
  'invitation.description': 'Join an organisation on Accroche.',
  'invitation.lead': '{organisation} invites you to join it on Accroche.',
  'invitation.role': 'Role offered: {role}',
  'invitation.expires': 'This invitation is valid until {date}.',
  'invitation.accept': 'Join {organisation}',
  'invitation.toOrganisations': 'See my organisations',
  'invitation.unknown.title': 'Unknown invitation link',
  'invitation.unknown.body':
    'This link does not match any invitation. Check that it was copied whole, or ask for a new invitation.',
  'invitation.expired.title': 'This invitation has expired',
  'invitation.expired.body':
    'An invitation is valid for seven days. Ask the owners of the organisation to send you a new one.',
  'invitation.revoked.title': 'This invitation was withdrawn',
  'invitation.revoked.body':
    'The owners of the organisation withdrew this invitation or sent a newer one: use the link in the latest ' +
    'e-mail you received.',
  'invitation.used.title': 'This invitation has already been used',
  'invitation.used.body':
    'An invitation link works only once. If you used it yourself, the organisation is already among your ' +
    'organisations.',
  'invitation.wrongAddress.title': 'This invitation is for another address',
  'invitation.wrongAddress.body':
    'Your account uses the address {email}, which is not the address invited. Sign out, then sign in (or create an ' +
    'account) with the address that received the invitation.',
};

export const en: Record<MessageKey, string> = {
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
