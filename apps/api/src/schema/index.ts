import { builder } from "../builder";
import "./scalars";
import "./error";
import "./enums";
import "./places";
import "./organisation";
import "./mission";
import "./meeting";
import "./person";
import "./account";
import "./invitation";
import "./audit";
import "./outbox";
import "./comment";
import "./moderation";
import "./search";
import "./live";

export const schema = builder.toSchema({ sortSchema: true });
