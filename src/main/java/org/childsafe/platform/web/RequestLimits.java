package org.childsafe.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps on what a request may send, in front of the UI and the API alike: a request larger than its cap is
 * refused with 413 before it is read (when it says its length) or as soon as it passes the cap (when it does
 * not), so that no upload can fill memory or disk; and at most a few uploads (multipart requests) are
 * received at once, the others answered 503 with {@code Retry-After}. The caps are settings
 * ({@code app.limits.*}); the UI's default fits one evidence file of 5 MB.
 */
@Singleton
@Order(-150)
@WebFilter(value = "/*", asyncSupported = true)
public class RequestLimits implements Filter {

    private final long uiBytes;
    private final long apiBytes;
    private final Semaphore uploads;

    public RequestLimits(@Value("${app.limits.ui-request-bytes:6291456}") long uiBytes,
                         @Value("${app.limits.api-request-bytes:3145728}") long apiBytes,
                         @Value("${app.limits.parallel-uploads:4}") int parallelUploads) {
        this.uiBytes = uiBytes;
        this.apiBytes = apiBytes;
        this.uploads = new Semaphore(Math.max(1, parallelUploads), true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = http.getRequestURI().startsWith(http.getContextPath() + "/api/");
        long cap = api ? apiBytes : uiBytes;
        long declared = http.getContentLengthLong();
        if (declared > cap) {
            refuse(out, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    Text.of("error.request.tooLarge", Math.max(1, cap / (1024 * 1024))));
            return;
        }
        boolean upload = http.getContentType() != null && http.getContentType().startsWith("multipart/");
        if (!upload) {
            chain.doFilter(new Capped(http, cap), response);
            return;
        }
        boolean admitted;
        try {
            admitted = uploads.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            out.setHeader("Retry-After", "5");
            refuse(out, api, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Text.of("error.request.busy"));
            return;
        }
        try {
            chain.doFilter(new Capped(http, cap), response);
        } finally {
            uploads.release();
        }
    }

    private static void refuse(HttpServletResponse out, boolean api, int status, Text text) throws IOException {
        String sentence = Messages.english(text);
        out.setStatus(status);
        out.setHeader("Connection", "close");
        if (api) {
            out.setContentType("application/json;charset=UTF-8");
            out.getOutputStream().write(("{\"error\":\"" + sentence.replace("\"", "\\\"") + "\",\"details\":[]}")
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            out.setContentType("text/plain;charset=UTF-8");
            out.getOutputStream().write(sentence.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The request, whose body ends with an error once more than the cap has been read. */
    static final class Capped extends HttpServletRequestWrapper {
        private final long cap;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), cap);
            }
            return stream;
        }
    }

    /** Counts what is read and fails past the cap. */
    static final class CappedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long cap;
        private long read;

        CappedStream(ServletInputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        private void count(long n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > cap) {
                    throw new IOException("request body larger than " + cap + " bytes");
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
