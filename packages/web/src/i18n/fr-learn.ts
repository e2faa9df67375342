// PLACEHOLDER until the translation lands.
// What Learn's list, search and pages say around the pages themselves, in English. Loaded with Learn, not
// with the first screen. The pages' own words are content (packages/content/src/learn).
import type { LearnMessages } from './en-learn.ts';

export const frLearn: LearnMessages = {
  title: 'Learn',
  intro: 'Short pages about recovery, treatments and finding support, written in plain words. Read them at your own pace.',
  hope: 'Recovery is possible and common. It is rarely a straight line, and every step counts.',
  search: 'Search the pages',
  searchHint: 'Searches on this device only. Nothing you type leaves it.',
  found: { one: '1 page matches “{query}”.', other: '{count} pages match “{query}”.' },
  none: 'No page matches “{query}” yet. Try a shorter or different word, or look through all the pages.',
  showAll: 'Show all pages',
  /** Under a search that found nothing: the words typed may have been about a hard moment, not a page. */
  noneHelp: 'If things are hard right now, there are people you can talk to.',
  openHelp: 'Open Help now',
  /** Headings for the topics, in the order the list shows them. */
  topics: {
    recovery: 'Recovery',
    understanding: 'Understanding what is going on',
    treatment: 'Treatments and getting help',
    conditions: 'Things that often come along',
    'self-care': 'Looking after yourself',
    support: 'Support from others',
    'for-supporters': 'For the people who help you',
  },
  /** Under a page. */
  written: 'Written {date}.',
  sources: 'Where this comes from',
  otherPages: 'All Learn pages',
  notFoundTitle: 'This page isn’t here',
  notFound: 'It may have moved or been renamed. All of Learn’s pages are in its list.',
  readAloud: 'Read this page aloud',
  stop: 'Stop reading',
  speechFailed: 'Reading aloud stopped: the device’s voice didn’t work. You can still read the page here.',
};
