package fr.dlintro.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.nn.LeakyRelu;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Relu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelIoTest {
    @TempDir
    Path dir;

    @Test
    void aSavedModelReadsBackIdentical() {
        Mlp mlp = new Mlp(3, List.of(new Linear(3, 4, new SplittableRandom(1)), new LeakyRelu(0.2),
                new Linear(4, 2, new SplittableRandom(2))));
        Path file = dir.resolve("m.json");
        ModelIo.write(new ModelFile("classification", mlp, ImagePreprocessing.BOOK), file);
        ModelFile back = ModelIo.read(file);
        assertThat(back.task()).isEqualTo("classification");
        assertThat(back.preprocessing()).isEqualTo(ImagePreprocessing.BOOK);
        assertThat(back.model().layers()).extracting(l -> l.type()).containsExactly("linear", "leaky_relu", "linear");
        assertThat(((LeakyRelu) back.model().layers().get(1)).slope()).isEqualTo(0.2f);
        for (int l = 0; l < 2; l++) {
            Linear a = mlp.linears().get(l);
            Linear b = back.model().linears().get(l);
            assertThat(b.weights()).isDeepEqualTo(a.weights());
            assertThat(b.biases()).containsExactly(a.biases());
        }
        assertThat(back.model().trace(0.1, 0.2, 0.3).output()).containsExactly(mlp.trace(0.1, 0.2, 0.3).output());
    }

    @Test
    void theFileUsesPyTorchsOutByInLayout() throws Exception {
        Linear l = new Linear(2, 3);
        l.setWeight(2, 1, 0.5);
        Path file = dir.resolve("m.json");
        ModelIo.write(new ModelFile("regression", new Mlp(2, List.of(l, new Relu())),
                new CalculatorPreprocessing(Operation.MULTIPLY, 100)), file);
        String json = Files.readString(file);
        assertThat(json).contains("\"weight\":[[0.0,0.0],[0.0,0.0],[0.0,0.5]]")
                .contains("\"preprocessing\":{\"kind\":\"calculator\",\"operation\":\"multiply\",\"max\":100}");
    }

    private static String model(String layers) {
        return "{\"format\": \"dlintro-mlp\", \"version\": 1, \"task\": \"regression\", \"input\": 2, \"layers\": ["
                + layers + "]}";
    }

    @Test
    void badFilesAreExplainedInFrench() {
        assertThatThrownBy(() -> ModelIo.parse("{oops", "m.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Le fichier de modèle m.json n'est pas un JSON valide");
        assertThatThrownBy(() -> ModelIo.parse("{\"format\": \"keras\"}", "m.json"))
                .hasMessageContaining("n'est pas un modèle dlintro");
        assertThatThrownBy(() -> ModelIo.parse("{\"format\": \"dlintro-mlp\", \"version\": 2}", "m.json"))
                .hasMessageContaining("version 2");
        String linear23 = "{\"type\": \"linear\", \"in\": 2, \"out\": 3, \"weight\": [[1,2],[3,4],[5,6]], \"bias\": [0,0,0]}";
        assertThat(ModelIo.parse(model(linear23), "m.json").model().outputSize()).isEqualTo(3);
        assertThatThrownBy(() -> ModelIo.parse(model(linear23.replace("[5,6]", "[5]")), "m.json"))
                .hasMessageContaining("ligne 3");
        assertThatThrownBy(() -> ModelIo.parse(model(linear23 + ", {\"type\": \"linear\", \"in\": 4, \"out\": 1,"
                + " \"weight\": [[1,1,1,1]], \"bias\": [0]}"), "m.json"))
                .hasMessageContaining("attend 4 entrées mais en reçoit 3");
        assertThatThrownBy(() -> ModelIo.parse(model(linear23 + ", {\"type\": \"swish\"}"), "m.json"))
                .hasMessageContaining("« swish » inconnu");
        assertThatThrownBy(() -> ModelIo.parse(model(linear23.replace("\"bias\": [0,0,0]", "\"bias\": [0,\"x\",0]")),
                "m.json")).hasMessageContaining("non numérique");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ModelIo.read(dir.resolve("absent.json"))).hasMessageContaining("introuvable");
    }
}
