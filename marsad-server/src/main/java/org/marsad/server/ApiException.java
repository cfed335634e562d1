package org.marsad.server;

/**
 * A request that cannot be served, answered with {@code status} and a JSON body
 * {@code {"error": {"status": 400, "code": "bad_param", "message": "..."}}}.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  static ApiException badParam(String message) {
    return new ApiException(400, "bad_param", message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }
}
