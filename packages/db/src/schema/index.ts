export * from "./accounts";
export * from "./dialogue";
export * from "./enums";
export * from "./meeting-live";
export * from "./meetings";
export * from "./mission";
export * from "./people";
export * from "./places";
