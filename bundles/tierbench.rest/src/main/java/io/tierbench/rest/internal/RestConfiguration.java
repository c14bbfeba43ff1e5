package io.tierbench.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the REST API, PID {@value RestApiServlet#PID}. */
@ObjectClassDefinition(
        id = RestApiServlet.PID,
        name = "Tierbench REST API",
        description = "The workbench's JSON API under /api/v1: logins, sessions, uploads and generated reports.")
public @interface RestConfiguration {

    @AttributeDefinition(name = "JAAS realm",
            description = "The JAAS realm that checks user names and passwords; karaf is etc/users.properties.")
    String jaas_realm() default "karaf";

    @AttributeDefinition(name = "Role principal classes",
            description = "Class names of the realm's principals that carry role names.")
    String[] role_principal_classes() default {"org.apache.karaf.jaas.boot.principal.RolePrincipal"};

    @AttributeDefinition(name = "Admin roles",
            description = "Realm roles that make a user a workbench admin (plugins, configuration, and all else).")
    String[] admin_roles() default {"admin"};

    @AttributeDefinition(name = "Analyst roles",
            description = "Realm roles that make a user an analyst (runs, imports, reports; personal data shown).")
    String[] analyst_roles() default {"analyst", "manager"};

    @AttributeDefinition(name = "Viewer roles",
            description = "Realm roles that make a user a viewer (read only, personal data masked).")
    String[] viewer_roles() default {"viewer"};

    @AttributeDefinition(name = "Session idle minutes",
            description = "A session not used for this many minutes ends; the user logs in again.", min = "1")
    int session_idle_minutes() default 30;

    @AttributeDefinition(name = "Data folder",
            description = "Where uploads (uploads/) and generated reports (api-reports/) are written. Empty means "
                    + "${karaf.data}/tierbench.")
    String data_folder() default "";

    @AttributeDefinition(name = "Largest upload (MB)", description = "The largest file an import may upload.",
            min = "1")
    int upload_max_megabytes() default 200;

    @AttributeDefinition(name = "Run start wait (ms)",
            description = "How long POST /runs waits for the engine to store the new run before it answers with "
                    + "the queued request instead.", min = "0")
    int run_start_wait_millis() default 2000;
}
