// Every screen's address and the heading it shows: the browser tests walk all of them.
export const screens = [
  { path: '/', heading: 'Hello' },
  { path: '/contacts', heading: 'Your people' },
  { path: '/settings', heading: 'Settings' },
  { path: '/about', heading: 'About Ebb' },
  { path: '/privacy', heading: 'Privacy and security' },
  { path: '/no-such-page', heading: 'This page isn’t here' },
] as const;
