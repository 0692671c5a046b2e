import { type Member, organisationPolicy } from '../../../domain/organisations/index.ts';
import { Form } from '../../components/form.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import type { OrganisationPageProps } from './detail-page.tsx';
import { formatInstant } from './fields.tsx';

/** Members with the actions allowed on each, pending invitations for owners, and the transfer of ownership. */
export function MembersSection(props: OrganisationPageProps) {
  const { view, actor, organisation: o, members, invitations } = props;
  const { t } = view;
  const role = o.myRole;
  const me = actor.kind === 'user' ? actor.id : null;
  const removable = (m: Member) => organisationPolicy.removeMember(actor, role, m.userId).ok;
  const candidates = members.filter((m) => m.role === 'member');
  return (
    <>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('org.members.title')}</h2>
        <TableScroll view={view}>
          <table class="data-table">
            <caption>{t('org.members.caption', { count: members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.email')}</th>
                <th scope="col">{t('org.members.role')}</th>
                <th scope="col">{t('org.members.joined')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr>
                  <th scope="row">
                    {m.name}
                    {m.userId === me ? ` ${t('org.members.you')}` : ''}
                  </th>
                  <td>{m.email}</td>
                  <td>{t(`org.role.${m.role}`)}</td>
                  <td class="nowrap">{formatInstant(m.joinedAt, view.lang)}</td>
                  <td>
                    {removable(m) ? (
                      <Form
                        action={view.href(`/organisations/${o.id}/members/${m.userId}/remove`)}
                        csrf={view.csrf}
                        class="inline-form"
                      >
                        <button type="submit" class="link-button">
                          {t('org.members.remove', { name: m.name })}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {invitations ? (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('org.invitations.title')}</h2>
          {invitations.length === 0 ? (
            <p>{t('org.invitations.none')}</p>
          ) : (
            <TableScroll view={view}>
              <table class="data-table">
                <caption>{t('org.invitations.caption', { count: invitations.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('field.email')}</th>
                    <th scope="col">{t('org.members.role')}</th>
                    <th scope="col">{t('org.invitations.expires')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((i) => (
                    <tr>
                      <th scope="row">{i.email}</th>
                      <td>{t(`org.role.${i.role}`)}</td>
                      <td class="nowrap">{formatInstant(i.expiresAt, view.lang, true)}</td>
                      <td>
                        <Form
                          action={view.href(`/organisations/${o.id}/invitations/${i.id}/revoke`)}
                          csrf={view.csrf}
                          class="inline-form"
                        >
                          <button type="submit" class="link-button">
                            {t('org.invitations.revoke', { email: i.email })}
                          </button>
                        </Form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ) : null}

      {organisationPolicy.transferOwnership(actor, role).ok && candidates.length > 0 ? (
        <section aria-labelledby="transfer-title" class="narrow">
          <h2 id="transfer-title">{t('org.transfer.title')}</h2>
          <Form action={view.href(`/organisations/${o.id}/transfer`)} csrf={view.csrf}>
            <p id="transfer-lead">{t('org.transfer.lead')}</p>
            <div class="field">
              <label for="field-to">{t('org.transfer.to')}</label>
              <select id="field-to" name="to" aria-describedby="transfer-lead">
                {candidates.map((m) => (
                  <option value={m.userId}>{`${m.name} (${m.email})`}</option>
                ))}
              </select>
            </div>
            <button type="submit" class="button">
              {t('org.transfer.submit')}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
