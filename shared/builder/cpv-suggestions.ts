/**
 * A few CPV codes that ICT service procurements use often, offered as
 * one-click additions. Their names are in the step's text catalogues
 * (steps.procurement.cpv.names.<code>); a unit test checks every code.
 */
export const ictCpvSuggestions = [
  '72000000-5',
  '48000000-8',
  '72200000-7',
  '72260000-5',
  '72267000-4',
  '72300000-8',
  '72253000-3',
  '72500000-0',
] as const;
