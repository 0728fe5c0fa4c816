import { describe, expect, it } from 'vitest';
import { sourceUrlProblem } from './source-urls.ts';

describe('source addresses', () => {
  it.each([
    'https://www.ige.ch/en/protecting-your-ip/patents/application-in-switzerland/patent-law-2027',
    'https://www.cn.camcom.it/focus/competitivit%C3%A0/marchi-e-brevetti',
    'https://gesmer.com/publications/patents-%E2%89%A0-freedom-to-operate',
  ])('accepts %s', (url) => {
    expect(sourceUrlProblem(url)).toBeUndefined();
  });

  it.each([
    ['https://ff-fieldfishercom-uat-web.fieldfisher.com/en/blog', /test or preview copy/],
    ['https://staging.example.org/page', /test or preview copy/],
    ['https://my-site.netlify.app/page', /test or preview copy/],
    ['https://studylib.net/doc/5552653/1-univerlecco-is-a-territorial-association-that-consists-...', /shortened/],
    ['https://www.example.org/a-long-title…', /contains "…"/],
    ['https://gesmer.com/publications/patents-≠-freedom-to-operate', /contains "≠".*%E2%89%A0/],
    ['https://www.example.org/with space', /contains " "/],
  ])('refuses %s', (url, problem) => {
    expect(sourceUrlProblem(url)).toMatch(problem);
  });
});
