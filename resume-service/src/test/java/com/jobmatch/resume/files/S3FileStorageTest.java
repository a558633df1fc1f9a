package com.jobmatch.resume.files;

import com.jobmatch.resume.config.ResumeConfig;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3FileStorageTest {

    @Test
    void storesReadsAndDeletesObjectsPathStyle() throws IOException {
        try (FakeS3 s3 = new FakeS3("test-key")) {
            S3FileStorage storage = new S3FileStorage(config(s3.endpoint(), "test-key"));
            String key = UUID.randomUUID() + "/" + UUID.randomUUID() + ".pdf";
            byte[] content = "%PDF-1.7 pretend".getBytes();

            storage.put(key, content, "application/pdf");
            assertTrue(s3.objects().containsKey("/resumes/" + key), s3.objects().keySet().toString());
            assertArrayEquals(content, s3.objects().get("/resumes/" + key));
            assertArrayEquals(content, storage.get(key));

            storage.delete(key);
            assertFalse(s3.objects().containsKey("/resumes/" + key));
            assertThrows(FileNotFoundException.class, () -> storage.get(key));
        }
    }

    @Test
    void wrongCredentialsAreAnIOException() throws IOException {
        try (FakeS3 s3 = new FakeS3("right-key")) {
            S3FileStorage storage = new S3FileStorage(config(s3.endpoint(), "wrong-key"));
            IOException e = assertThrows(IOException.class, () -> storage.put("a/b.pdf", new byte[] {1}, "application/pdf"));
            assertTrue(e.getMessage().contains("S3 upload"), e.getMessage());
            assertEquals(0, s3.objects().size());
        }
    }

    private static ResumeConfig.S3 config(String endpoint, String accessKey) {
        return new ResumeConfig.S3() {
            @Override
            public Optional<String> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String bucket() {
                return "resumes";
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(accessKey);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of("test-secret");
            }
        };
    }
}
