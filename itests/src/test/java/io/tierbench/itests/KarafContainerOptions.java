package io.tierbench.itests;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.IOException;
import java.nio.file.Path;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;

/**
 * Pax Exam options that boot the distribution archive this build made, as shipped, in a Karaf of its own. Used outside
 * the container only, by the {@code @Configuration} methods.
 */
final class KarafContainerOptions {

    private KarafContainerOptions() {
    }

    /**
     * @param name the folder under target/exam the archive is unpacked into; emptied first, and kept after the run
     *        for its data/log/karaf.log
     * @param extra further options of the test class
     */
    static Option[] distribution(String name, Option... extra) throws IOException {
        Path work = Path.of(System.getProperty("tierbench.exam.work")).toAbsolutePath();
        KarafProcess.deleteRecursively(work.resolve(name));
        Option[] distribution = options(
                karafDistributionConfiguration()
                        .frameworkUrl(Path.of(System.getProperty("tierbench.distribution.archive")).toUri().toString())
                        .unpackDirectory(work.toFile())
                        .directoryNameFormat("'" + name + "'")
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                jdkModuleOptions(System.getProperty("tierbench.karaf.version")),
                // DistributionIT runs another Karaf of this build: never the default ports. (Pax Exam itself picks free
                // RMI ports for etc/org.apache.karaf.management.cfg.)
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(FreePort.find())),
                // The distribution stays offline; Pax Exam's own bundles come from the repository the build filled.
                editConfigurationFileExtend("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.defaultRepositories",
                        System.getProperty("org.ops4j.pax.url.mvn.defaultRepositories")));
        return OptionUtils.combine(distribution, extra);
    }

    /**
     * What bin/karaf passes to a JDK after 8, and Pax Exam's launcher does not: without the patched java.base, Karaf's
     * specs activator fails with NoClassDefFoundError OsgiLocator whenever a bundle with META-INF/services resolves.
     * Paths are relative to the Karaf folder, the launcher's working directory.
     */
    private static Option jdkModuleOptions(String karafVersion) {
        return vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-Djava.io.tmpdir=data/tmp");
    }

    /** @return a system property of this JVM, passed on to Karaf's etc/system.properties */
    static Option propagate(String key) {
        return systemProperty(key).value(System.getProperty(key));
    }
}
