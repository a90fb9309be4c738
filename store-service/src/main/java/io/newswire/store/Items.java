package io.newswire.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a list endpoint.
 *
 * @param items the results, newest first
 * @param next the cursor of the following page; absent on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Items<T>(List<T> items, String next) {
}
