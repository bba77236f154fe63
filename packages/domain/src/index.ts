export {
  couldBePhoneNumber,
  findPersonalIdentityNumbers,
  holdsPersonalIdentityNumber,
  normalisedDigits,
  type PersonalIdentityNumberMatch,
} from "./personal-identity-number";
