package io.newswire.store;

/** A query parameter that is present but unusable; answered with a 400 problem detail naming it. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
