export * from "./api-examples";
export * from "./disclosure";
export * from "./open-data";
export {
  couldBePhoneNumber,
  findPersonalIdentityNumbers,
  holdsPersonalIdentityNumber,
  normalisedDigits,
  type PersonalIdentityNumberMatch,
} from "./personal-identity-number";
export * from "./survey-csv";
export {
  describeConflict,
  type GroupSeats,
  groupSeats,
  type Pick,
  type PickReason,
  type Selection,
  type SelectionConflict,
  type SelectionMunicipality,
  type SelectionRequest,
  type SelectionResult,
  seededRandom,
  selectMunicipalities,
} from "./visit-selection";
