export { detectPlaces, placeColumnKind } from "./detectPlaces";
export { analyzePlaces } from "./analyzePlaces";
export { buildPlacesNarrative } from "./placesNarrative";
export { focusPlace } from "./focusPlace";
export type * from "./placesTypes";
