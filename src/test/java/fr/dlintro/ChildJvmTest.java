package fr.dlintro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {
    @Test
    void jvmOptionsAreWhatComesBeforeJar() {
        assertThat(ChildJvm.jvmOptions(List.of("-Xmx1g", "-Dx=y", "-jar", "dlintro.jar", "--zoom", "150")))
                .containsExactly("-Xmx1g", "-Dx=y");
        assertThat(ChildJvm.jvmOptions(List.of("-cp", "dlintro.jar", "fr.dlintro.Main"))).isEmpty();
    }

    @Test
    void childStderrComesThroughWithoutTheIncubatorWarning() {
        String child = "WARNING: Using incubator modules: jdk.incubator.vector\n"
                + "Époque 1/20 : perte 0,52\n"
                + "Le fichier « x.json » n'est pas un modèle.";   // last line without a newline
        ByteArrayOutputStream copied = new ByteArrayOutputStream();

        ChildJvm.copyWithoutIncubatorWarning(new ByteArrayInputStream(child.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(copied, true, StandardCharsets.UTF_8));

        assertThat(copied.toString(StandardCharsets.UTF_8))
                .isEqualTo("Époque 1/20 : perte 0,52\nLe fichier « x.json » n'est pas un modèle.");
    }

    @Test
    void computeCommandsRunWithTheVectorModuleAndTheSameArguments() {
        List<String> command = VectorRelaunch.command(Path.of("/jdk/bin/java"), Path.of("/app/dlintro.jar"), List.of("-Xmx1g"),
                new String[] {"train", "mnist", "--json"});

        assertThat(command).containsSubsequence("--add-modules", "jdk.incubator.vector", "-Xmx1g", "-Ddlintro.relaunched=true",
                "-cp", Path.of("/app/dlintro.jar").toString(), "fr.dlintro.Main", "train", "mnist", "--json");
        assertThat(VectorRelaunch.COMPUTE_COMMANDS).containsExactlyInAnyOrder("train", "evaluate");
    }

    @Test
    void thisTestJvmHasTheVectorModuleSoNoChildWouldBeStarted() {
        // surefire runs with --add-modules jdk.incubator.vector (pom.xml): the launcher sees it
        assertThat(ModuleLayer.boot().findModule(ChildJvm.VECTOR_MODULE)).isPresent();
        assertThat(ChildJvm.vectorOptions()).isEmpty();
    }
}
