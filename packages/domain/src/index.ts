export {
  findPersonalIdentityNumbers,
  holdsPersonalIdentityNumber,
  type PersonalIdentityNumberMatch,
} from "./personal-identity-number";
