/** An incident as the SOFA view's form holds it, and the choices of its radio fields. */

export interface IncidentDraft {
  sofa: string;
  date: string;
  person: string;
  onDuty: string;
  offence: string;
  victim: string;
  heldBy: string;
  place: string;
}

export const PERSONS = [
  ['member', 'member of the force'],
  ['civilian', 'civilian component'],
  ['dependent', 'dependent'],
] as const;
export const DUTY = [
  ['yes', 'on duty'],
  ['no', 'off duty'],
  ['certified', 'on duty, certified'],
] as const;
export const VICTIMS = [
  ['host-national', 'a host national'],
  ['sending-state', 'the sending State or its own people'],
  ['third', 'a third party'],
] as const;
export const HELD = [
  ['sending', 'the sending State'],
  ['receiving', 'the host State'],
] as const;
