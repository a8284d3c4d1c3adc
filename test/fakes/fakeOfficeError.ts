/**
 * Errors as Office.js raises them (OfficeExtension.Error): a `code` from Excel.ErrorCodes and Office's
 * English message, so that the adapter's error handling is tested against what Excel really throws.
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }

  static propertyNotLoaded(property: string): FakeOfficeError {
    return new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }

  static invalidObjectPath(): FakeOfficeError {
    return new FakeOfficeError(
      "InvalidObjectPath",
      `The object path isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    );
  }

  static invalidRequestContext(): FakeOfficeError {
    return new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.");
  }

  static itemNotFound(): FakeOfficeError {
    return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
  }

  static accessDenied(): FakeOfficeError {
    return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.");
  }

  static itemAlreadyExists(): FakeOfficeError {
    return new FakeOfficeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
  }

  static invalidArgument(detail?: string): FakeOfficeError {
    return new FakeOfficeError(
      "InvalidArgument",
      detail ?? "The argument is invalid or missing or has an incorrect format.",
    );
  }

  static dimensionMismatch(): FakeOfficeError {
    return new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }

  static invalidOperation(): FakeOfficeError {
    return new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.");
  }

  static requestTooLarge(): FakeOfficeError {
    return new FakeOfficeError(
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
    );
  }

  static responseTooLarge(): FakeOfficeError {
    return new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
    );
  }
}
