import { describe, expect, it } from 'vitest';
import { createDomainMatcher, hostOfReversedHost, hostOfUrl } from '../../../../../electron/core/inventory/browsers/domain-match';

describe('createDomainMatcher', () => {
  const match = createDomainMatcher(['office.com', 'Outlook.Office.com', '*.sharepoint.com', 'slack.com.']);

  it('counts a host for a domain when it is the domain or a subdomain of it', () => {
    expect(match('office.com')).toBe('office.com');
    expect(match('www.office.com')).toBe('office.com');
    expect(match('contoso.sharepoint.com')).toBe('sharepoint.com');
    expect(match('APP.SLACK.COM.')).toBe('slack.com');
  });

  it('prefers the most specific domain asked for', () => {
    expect(match('outlook.office.com')).toBe('outlook.office.com');
  });

  it('does not count look-alike hosts or bare suffixes', () => {
    expect(match('notoffice.com')).toBeUndefined();
    expect(match('office.com.evil.example')).toBeUndefined();
    expect(match('com')).toBeUndefined();
  });
});

describe('hostOfUrl', () => {
  it('takes the host of http(s) URLs without credentials, port, path, query or fragment', () => {
    expect(hostOfUrl('https://user:secret@App.Slack.com:443/client/T1?x=1#top')).toBe('app.slack.com');
    expect(hostOfUrl('http://teams.microsoft.com')).toBe('teams.microsoft.com');
    expect(hostOfUrl('https://docs.google.com?q=1')).toBe('docs.google.com');
  });

  it('ignores other schemes and IPv6 literals', () => {
    expect(hostOfUrl('chrome://settings/')).toBeUndefined();
    expect(hostOfUrl('file:///home/anna/a.html')).toBeUndefined();
    expect(hostOfUrl('https://[::1]:8080/')).toBeUndefined();
    expect(hostOfUrl('https:///nohost')).toBeUndefined();
  });
});

describe('hostOfReversedHost', () => {
  it('undoes Firefox rev_host', () => {
    expect(hostOfReversedHost('moc.kcals.ppa.')).toBe('app.slack.com');
    expect(hostOfReversedHost('.')).toBeUndefined();
  });
});
