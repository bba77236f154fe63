import { builder } from "../builder";
import "./scalars";
import "./error";
import "./enums";
import "./places";
import "./organisation";
import "./mission";
import "./meeting";

export const schema = builder.toSchema({ sortSchema: true });
