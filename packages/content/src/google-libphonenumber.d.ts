// Types for the part of google-libphonenumber the tests use as an oracle (a dev dependency, never shipped).
declare module 'google-libphonenumber' {
  interface ShortNumberInfo {
    isEmergencyNumber(number: string, regionCode: string): boolean;
    getSupportedRegions(): string[];
  }
  const libphonenumber: { ShortNumberInfo: { getInstance(): ShortNumberInfo } };
  export default libphonenumber;
}
