// The active catalogue for the Devices and pairing screens (this build's language: language.ts).
import { enDevices, type DevicesMessages } from './en-devices.ts';
import { esDevices } from './es-devices.ts';
import { frDevices } from './fr-devices.ts';

export const mdv: DevicesMessages = __EBB_LANGUAGE__ === 'es' ? esDevices : __EBB_LANGUAGE__ === 'fr' ? frDevices : enDevices;
