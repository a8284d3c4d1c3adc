import { MESSAGES } from "../messages";
import { normalizeText } from "../normalizeText";
import { ReportError } from "../types";
import type { PlacesInfo } from "./placesTypes";

/**
 * The index of the focus place the user names (spaces and full-width forms aside), undefined when none is named.
 * Throws ReportError naming the places found when the sheet has no such place, or is no regions sheet.
 */
export function focusPlace(places: PlacesInfo | undefined, name: string | undefined): number | undefined {
  if (name === undefined || name.trim() === "") return undefined;
  if (places === undefined) throw new ReportError("place-not-found", MESSAGES.placeWithoutPlaces(name.trim()));
  const key = normalizeText(name);
  const index = places.places.findIndex((place) => normalizeText(place) === key);
  if (index < 0) throw new ReportError("place-not-found", MESSAGES.placeNotFound(name.trim(), places.places));
  return index;
}
