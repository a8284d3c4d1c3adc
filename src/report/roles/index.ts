export * from "./columnRoles";
export { headerRole, headerRoleMatches, headerYear } from "./headerRole";
