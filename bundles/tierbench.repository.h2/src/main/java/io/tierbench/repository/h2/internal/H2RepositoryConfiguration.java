package io.tierbench.repository.h2.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the H2 repository, PID {@value H2Database#PID}. */
@ObjectClassDefinition(
        id = H2Database.PID,
        name = "Tierbench H2 repository",
        description = "Where Tierbench stores customers, orders, interactions and classification runs: an embedded "
                + "H2 database reached through the OSGi JDBC DataSourceFactory of the H2 bundle.")
public @interface H2RepositoryConfiguration {

    @AttributeDefinition(
            name = "JDBC URL",
            description = "H2 JDBC URL of the database. Empty means jdbc:h2:file:${karaf.data}/tierbench/tierbench "
                    + "(./data/tierbench/tierbench when karaf.data is not set).")
    String url() default "";

    @AttributeDefinition(name = "User", description = "Database user.")
    String user() default "sa";

    @AttributeDefinition(name = "Password", description = "Database password; empty for none.",
            type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(
            name = "Batch size",
            description = "Rows compared and written per database round trip by imports, fact updates and run "
                    + "storage; streaming reads fetch ten batches per page. Larger batches mean fewer round trips "
                    + "and more memory per batch.",
            min = "1")
    int batch_size() default 1000;
}
