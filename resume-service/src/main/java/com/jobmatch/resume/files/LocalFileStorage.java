package com.jobmatch.resume.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/** Files under a base directory on the local filesystem. */
public class LocalFileStorage implements FileStorage {

    private static final Pattern SAFE_KEY = Pattern.compile("[0-9a-f-]{36}/[0-9a-f-]{36}\\.[a-z]{2,5}");

    private final Path base;

    public LocalFileStorage(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public String provider() {
        return "local";
    }

    @Override
    public void put(String key, byte[] content, String mediaType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public byte[] get(String key) throws IOException {
        return Files.readAllBytes(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        // Keys are ours, but check anyway: nothing may resolve outside the base directory.
        Path path = base.resolve(key).normalize();
        if (!SAFE_KEY.matcher(key).matches() || !path.startsWith(base)) {
            throw new IllegalArgumentException("unsafe storage key " + key);
        }
        return path;
    }
}
