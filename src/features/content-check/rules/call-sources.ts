import { isOfficialSource, officialHosts } from '#schemas/calls.ts';
import { defineRule } from '../rule.ts';

const messages = {
  noOfficialSource: (funderHost: string) =>
    `field "sources": none of the sources is an official page: add the call's page on the funder's site (${funderHost}) or the page of the public office or the law that sets it; official sites are the funder's own and those of public offices (${officialHosts.join(', ')}); a call without an official source is not published`,
};

export const callSources = defineRule({
  id: 'call-sources',
  summary: {
    en: 'Every funding call has an official source: a page of the funder, of a public office or of the law',
    it: 'Ogni bando ha una fonte ufficiale: una pagina del finanziatore, di un ufficio pubblico o della legge',
  },
  fixtures: ['call-without-official-source'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      if (entry.kind !== 'calls') continue;
      const sources = entry.fields['sources'] as { url: string }[] | undefined;
      const funder = entry.fields['funder'] as { website: string } | undefined;
      // A missing or broken field is the schema rule's to report.
      if (!sources || sources.length === 0 || !funder) continue;
      if (sources.some((source) => isOfficialSource(source.url, funder.website))) continue;
      report(
        'error',
        entry.file,
        entry.source?.lineOf(['sources']),
        messages.noOfficialSource(new URL(funder.website).hostname),
      );
    }
  },
});
